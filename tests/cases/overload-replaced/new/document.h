#pragma once

namespace tinyxml2 {

enum XMLError { XML_SUCCESS = 0, XML_ERROR_PARSING = 1 };

// A public SetError replaced by a private variadic one with other
// parameters (tinyxml2 6 -> 7): the old function is gone, its symbol too;
// not "made private" plus parameter edits. Print(long) and Clear() stay
// paired with their predecessors: same access, close enough.
class XMLDocument {
public:
    XMLDocument();
    XMLError LoadFile(const char* filename);
    void Print(long depth) const;  // expect: parameter-type-changed error tinyxml2::XMLDocument::Print
    void Clear();  // expect: parameter-removed error tinyxml2::XMLDocument::Clear

private:
    void SetError(XMLError error, int lineNum, const char* format, ...);
};

}  // namespace tinyxml2
