#pragma once

namespace tinyxml2 {

enum XMLError { XML_SUCCESS = 0, XML_ERROR_PARSING = 1 };

class XMLDocument {
public:
    XMLDocument();
    XMLError LoadFile(const char* filename);
    void SetError(XMLError error, const char* str1, const char* str2, int lineNum);  // expect: function-removed error tinyxml2::XMLDocument::SetError
    void Print(int depth) const;
    void Clear(bool keepEntities);
};

}  // namespace tinyxml2
