#pragma once

namespace yaml::ErrorMsg {

const char* const UNKNOWN_ANCHOR = "the referenced anchor is not defined: ";  // expect: constant-value-changed warning yaml::ErrorMsg::UNKNOWN_ANCHOR
const char INVALID_TAG[] = "invalid TAG";  // expect: constant-value-changed warning yaml::ErrorMsg::INVALID_TAG
const char* const UNCHANGED = "same";

}  // namespace yaml::ErrorMsg
