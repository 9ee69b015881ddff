#pragma once

namespace yaml::ErrorMsg {

const char* const UNKNOWN_ANCHOR = "the referenced anchor is not defined";
const char INVALID_TAG[] = "invalid tag";
const char* const UNCHANGED = "same";

}  // namespace yaml::ErrorMsg
