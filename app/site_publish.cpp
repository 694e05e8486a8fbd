#include "site_publish.h"

#include <map>
#include <utility>

#include "i18n.h"
#include "platform.h"
#include "published_site.h"
#include "text_encoding.h"
#include "zip_writer.h"

namespace atlas {

struct SitePublish::Job {
  accord::Dataset dataset;
  bool done = false;
  std::string message;
  bool is_error = false;
};

namespace {

void finish(SitePublish::Job& job, const std::map<std::string, std::string>& files, const std::string& error) {
  job.done = true;
  job.is_error = true;
  if (!error.empty()) {
    job.message = trf("Not published: {reason}.", {{"reason", accord::valid_utf8_or_replaced(error)}});
    return;
  }
  const accord::PublishedSite site = accord::build_site(std::move(job.dataset), files, {});
  if (!site.ok()) {
    job.message = tr("Not published:");
    for (const accord::Problem& p : site.problems) job.message += "\n" + p.to_string();
    return;
  }
  std::vector<accord::ZipEntry> entries;
  for (const accord::SiteFile& f : site.files) entries.push_back({f.name, f.bytes});
  std::string zip_error;
  const std::string zip = accord::zip_store(entries, zip_error);
  if (!zip_error.empty()) {
    job.message = trf("Not published: {reason}.", {{"reason", zip_error}});
    return;
  }
  const std::string where = save_file_for_user("accord-atlas-site.zip", "application/zip", zip);
  if (where.rfind("error: ", 0) == 0) {
    job.message = trf("Not published: {reason}", {{"reason", accord::valid_utf8_or_replaced(where.substr(7))}});
    return;
  }
  job.is_error = false;
  job.message =
      trf("Published \"{title}\" ({events} events, {files} files, {kb} KB) as {where}. Unzip it on any "
          "static web host; links into it open your events for anyone.",
          {{"title", site.title},
           {"events", std::to_string(site.events)},
           {"files", std::to_string(site.files.size())},
           {"kb", std::to_string(zip.size() / 1024)},
           {"where", accord::valid_utf8_or_replaced(where)}});
}

}  // namespace

void SitePublish::start(const accord::Dataset& d) {
  auto job = std::make_shared<Job>();
  job->dataset = d;
  job_ = job;
  request_web_bundle(accord::web_bundle_files(), [job](std::map<std::string, std::string> files,
                                                       const std::string& error) { finish(*job, files, error); });
}

bool SitePublish::busy() const { return job_ && !job_->done; }

bool SitePublish::take_outcome(std::string& message, bool& is_error) {
  if (!job_ || !job_->done) return false;
  message = std::move(job_->message);
  is_error = job_->is_error;
  job_.reset();
  return true;
}

}  // namespace atlas
