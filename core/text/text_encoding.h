// Naming the encoding of text that is not UTF-8, so that a refusal says
// what the file is and how to fix it ("UTF-16 text: save it as UTF-8")
// instead of quoting bytes nobody can read.
#pragma once
#include <string>
#include <string_view>

namespace accord {

// Empty when `bytes` is UTF-8 (a leading UTF-8 byte-order mark allowed).
// Otherwise why not, with the place: UTF-16 or UTF-32 by byte-order mark
// or by its NUL bytes, or the line, column and value of the first byte
// UTF-8 does not allow there (most often Latin-1 or Windows-1252 text).
// The message never contains the bad bytes themselves.
std::string encoding_problem(std::string_view bytes);

// UTF-16 or UTF-32 (by byte-order mark, or by the NUL bytes beside ASCII
// letters): text in a wide encoding, which a check for binary data (NUL
// bytes) would otherwise call binary.
bool is_wide_unicode(std::string_view bytes);

// Text from outside (a file name, an address, a fetch error) made fit to
// quote in a message, draw and write as JSON: each byte UTF-8 does not
// allow becomes U+FFFD, and when any did, a note says so
// ("caf\uFFFD.json (1 byte that was not UTF-8 replaced by \uFFFD)").
std::string valid_utf8_or_replaced(std::string_view text);

}  // namespace accord
