// The Data window's "Publish…": the web app with the data shown as its
// dataset, as one zip to put on any static host (core/publish). In the
// browser the app's own files are fetched from the site it runs from;
// natively they are read from the built bundle (dist/web), and when it is
// not there the message says why and how to build it.
#pragma once
#include <memory>
#include <string>

#include "model.h"

namespace atlas {

class SitePublish {
 public:
  // Starts with a copy of `d` (web: finishes on a later frame).
  void start(const accord::Dataset& d);
  bool busy() const;
  // The outcome once it is known, then false until the next start.
  bool take_outcome(std::string& message, bool& is_error);

  struct Job;  // what a start gathers; shared with the platform's callback

 private:
  std::shared_ptr<Job> job_;
};

}  // namespace atlas
