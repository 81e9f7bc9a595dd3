#pragma once

#include <QString>

namespace air {

// Text that comes from data (a file, the database: region and indicator names, notes, sources)
// made safe to show. One place for the rules (issue 18, 2, 6 and 18):
//  - bidirectional controls (U+202A..U+202E embeddings and overrides, U+2066..U+2069 isolates,
//    U+200E/U+200F/U+061C marks) are removed: an unpaired override in a name reversed the digits
//    printed after it ("21.9" became "9.12");
//  - C0 and C1 control characters (ESC of ANSI and OSC sequences, BEL, ...) and DEL become U+FFFD,
//    line breaks and tabs spaces: no escape sequence reaches a terminal, a label or a PDF line.
// The result is plain text: show it in a label set to Qt::PlainText, or through htmlDataText where
// the widget takes rich text (Qt Charts' titles, legends and axis labels).
QString plainDataText(const QString &text);

// plainDataText, HTML-escaped: for strings that Qt renders as rich text.
QString htmlDataText(const QString &text);

// For messages printed to a terminal (which may quote data): control characters other than line
// breaks and tabs are written as \x1B, \x07, ... so an escape sequence in a file is shown, not run.
QString terminalText(const QString &text);

} // namespace air
