#!/usr/bin/env python3
"""The wall between storage and the layers above it (issue 15, DESIGN.md "layers").

Outside models/storage/, no file in app/, widgets/ or models/ may
  - include a Qt Sql header (<QSqlDatabase>, <QtSql/...>, "qsqlquery.h") or SQLite's (sqlite3.h),
  - name a Qt Sql class in its code (QSqlDatabase, QSqlQuery, ...: a forward declaration gets around
    the include check, not around this one),
  - hold SQL text in a string literal: SELECT, INSERT INTO, UPDATE ... SET, DELETE FROM, CREATE TABLE,
    PRAGMA in upper case (as every statement of this program is written), or in any case where the words
    are followed as only SQL follows them ("select id from regions", not "Select a figure from the
    table"); adjacent literals are joined first, so "UPDATE t " "SET v = 1" is one text;
and app/CMakeLists.txt and widgets/CMakeLists.txt may not link Qt6::Sql or SQLite, nor may any target of
models/CMakeLists.txt except air_storage.

Comments are free to talk about SQL. Each offence is printed as FILE:LINE: reason; the exit status is 1
when there is any. --self-test checks the checker on planted offences.
Usage: check_layers.py SOURCE_DIR | --self-test
"""

import os
import re
import sys

CHECKED = ("app", "widgets", "models")
EXEMPT = ("models/storage",)
SOURCE_SUFFIXES = (".cpp", ".h", ".hpp", ".cc", ".cxx", ".hxx", ".mm", ".inl")

SQL_HEADER = re.compile(
    r'^\s*#\s*include\s*[<"]\s*((?:QtSql/)?QSql\w*(?:\.h)?|QtSql(?:/[^>"]*)?|qsql\w*\.h|sqlite3(?:ext)?\.h)\s*[>"]')
SQL_CLASS = re.compile(r"\bQ(?:Sql\w+|tSql)\b")
SQL_TEXT = [
    (re.compile(r"\bSELECT\s"), "SELECT"),
    (re.compile(r"\bINSERT\s+(?:OR\s+\w+\s+)?INTO\b"), "INSERT INTO"),
    (re.compile(r"\bUPDATE\s+\S+.*?\bSET\b", re.S), "UPDATE ... SET"),
    (re.compile(r"\bDELETE\s+FROM\b"), "DELETE FROM"),
    (re.compile(r"\bCREATE\s+(?:TEMP\s+|TEMPORARY\s+)?TABLE\b"), "CREATE TABLE"),
    (re.compile(r"\bPRAGMA\b"), "PRAGMA"),
    # In any case, where the words are followed the way only SQL follows them (so that English such
    # as "Select a figure from the table" or "Update your set of weights" is not taken for SQL).
    (re.compile(r"\bselect\s+(?:distinct\s+)?(?:\*|count\s*\(|[\w.]+(?:\s*,\s*[\w.]+)*\s+from\s+\w)", re.I), "select"),
    (re.compile(r"\binsert\s+(?:or\s+\w+\s+)?into\s+\w+\s*(?:\(|values\b|select\b)", re.I), "insert into"),
    (re.compile(r"\bupdate\s+\w+\s+set\s+\w+\s*=", re.I), "update ... set"),
    (re.compile(r"\bdelete\s+from\s+\w+\s*(?:where\b|;|$)", re.I), "delete from"),
    (re.compile(r"\bcreate\s+(?:temp\w*\s+)?table\s+(?:if\s+not\s+exists\s+)?\w+\s*\(", re.I), "create table"),
    (re.compile(r"\bpragma\s+\w+\s*(?:=|\(|;|$)", re.I), "pragma"),
]
RAW_PREFIXES = {"R", "uR", "UR", "LR", "u8R"}


def scan(text):
    """Splits C++ source TEXT into code (comments and literals blanked, newlines kept) and its string
    literals, each as (line, contents), adjacent literals joined into one."""
    code = []
    literals = []  # [line, contents, end offset in code]
    i, n, line = 0, len(text), 1
    ident = ""
    while i < n:
        c = text[i]
        if c == "\n":
            line += 1
            code.append(c)
            ident = ""
            i += 1
        elif text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
            ident = ""
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            nl = text.count("\n", i, j)
            line += nl
            code.append("\n" * nl or " ")
            i = j
            ident = ""
        elif c == '"':
            start_line = line
            if ident in RAW_PREFIXES:
                m = re.compile(r'"([^()\\\s]{0,16})\(').match(text, i)
                if m:
                    end = text.find(")" + m.group(1) + '"', m.end())
                    end = n if end < 0 else end
                    body = text[m.end():end]
                    i = min(n, end + len(m.group(1)) + 2)
                else:
                    body, i = "", i + 1
            else:
                j = i + 1
                chars = []
                while j < n and text[j] != '"' and text[j] != "\n":
                    if text[j] == "\\" and j + 1 < n:
                        chars.append(text[j:j + 2])
                        j += 2
                    else:
                        chars.append(text[j])
                        j += 1
                body = "".join(chars)
                i = j + 1
            nl = body.count("\n")
            line += nl
            code.append('""' + "\n" * nl)
            # Joined to the previous literal when only blanks (or a macro-free gap) lie between them.
            gap = "".join(code[literals[-1][2]:-1]) if literals else None
            if literals and gap is not None and gap.strip() in ("", "u", "U", "L", "u8", "R", "uR", "UR", "LR", "u8R"):
                literals[-1][1] += body
                literals[-1][2] = len(code)
            else:
                literals.append([start_line, body, len(code)])
            ident = ""
        elif c == "'":
            j = i + 1
            while j < n and text[j] != "'" and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            code.append("''")
            i = j + 1
            ident = ""
        elif c.isalnum() or c == "_":
            j = i
            while j < n and (text[j].isalnum() or text[j] == "_"):
                j += 1
            ident = text[i:j]
            # A digit separator (1'000) is not a character literal.
            if ident[0].isdigit():
                while j < n and (text[j].isalnum() or text[j] in "_.'"):
                    j += 1
                ident = ""
            code.append(text[i:j])
            i = j
        else:
            code.append(c)
            if not c.isspace():
                ident = ""
            i += 1
    return "".join(code), [(ln, body) for ln, body, _ in literals]


def check_source(path, shown):
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    problems = []
    for number, raw in enumerate(text.splitlines(), 1):
        m = SQL_HEADER.match(raw)
        if m:
            problems.append((number, f"includes {m.group(1)}: Qt Sql and SQLite stay inside models/storage/"))
    code, literals = scan(text)
    for number, raw in enumerate(code.splitlines(), 1):
        if raw.lstrip().startswith("#"):
            continue  # the include lines, reported above
        for m in SQL_CLASS.finditer(raw):
            problems.append((number, f"names {m.group(0)}: Qt Sql stays inside models/storage/"))
    for number, body in literals:
        for pattern, what in SQL_TEXT:
            if pattern.search(body):
                excerpt = " ".join(body.split())
                if len(excerpt) > 60:
                    excerpt = excerpt[:57] + "..."
                problems.append((number, f'SQL text ({what}) in a string literal: "{excerpt}"; SQL belongs in models/storage/'))
                break
    return [(shown, number, reason) for number, reason in sorted(problems)]


def cmake_blocks(text, command):
    """(line, target, body) of each COMMAND( ... ) call in a CMake TEXT."""
    for m in re.finditer(r"\b" + command + r"\s*\(", text, re.I):
        depth, j = 1, m.end()
        while j < len(text) and depth:
            depth += {"(": 1, ")": -1}.get(text[j], 0)
            j += 1
        body = re.sub(r"#[^\n]*", "", text[m.end():j - 1])
        words = body.split()
        yield text.count("\n", 0, m.start()) + 1, (words[0] if words else ""), body


def check_cmake(root):
    problems = []
    linked = re.compile(r"\b(Qt6?::Sql|SQLite::SQLite3|sqlite3)\b")
    for folder in CHECKED:
        path = os.path.join(root, folder, "CMakeLists.txt")
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for number, target, body in cmake_blocks(text, "target_link_libraries"):
            m = linked.search(body)
            if m and not (folder == "models" and target == "air_storage"):
                problems.append((f"{folder}/CMakeLists.txt", number,
                                 f"{target} links {m.group(1)}: only air_storage may (PRIVATE)"))
    return problems


# The checker's own test (--self-test): a tree with one planted offence per rule, each of which must be
# reported at its line, and lines that look alike but are allowed, none of which may be.
PLANTED = {
    "models/items/planted.cpp": (
        '#include <QSqlQuery>\n'                                     # 1 header
        '#include <QtSql/QSqlDatabase>\n'                            # 2 header
        '#include "sqlite3.h"\n'                                     # 3 header
        '// SELECT * FROM regions: a comment may say it\n'           # 4 allowed
        '/* UPDATE observations SET value\n'                         # 5 allowed
        '   a comment over two lines */\n'                           # 6 allowed
        'class QSqlDatabase;\n'                                      # 7 class
        'const auto a = u"SELECT id FROM regions"_s;\n'              # 8 SELECT
        'const auto b = u"UPDATE observations "\n'                   # 9 UPDATE ... SET
        '               u"SET value = 1"_s;\n'                       # 10
        'const char *c = R"(\n'                                      # 11 CREATE TABLE
        '  CREATE TABLE t (x)\n'                                     # 12
        ')";\n'                                                      # 13
        'const auto d = QStringLiteral("Select a region");\n'        # 14 allowed
        "const auto e = u\"KR\"_s; char q = '\"'; int n = 1'000;\n"  # 15 allowed
        'const auto f = "PRAGMA foreign_keys = ON";\n'               # 16 PRAGMA
        'const auto g = "DELETE FROM x";\n'                          # 17 DELETE FROM
        'const auto h = "INSERT OR REPLACE INTO x";\n'               # 18 INSERT INTO
        'const auto i = "say \\"SELECT \\" here";\n'             # 19 SELECT
        'const auto j = u"select value from observations"_s;\n'      # 20 select, lower case
        'const auto k = "delete from sources where ref = ?";\n'      # 21 delete from, lower case
        'const auto l = "update meta set value = 1";\n'              # 22 update ... set, lower case
        'const auto m = tr("Select a figure from the table");\n'     # 23 allowed: English
        'const auto o = tr("Update your set of weights");\n'         # 24 allowed
        'const auto p = tr("Delete from the list, then insert into the report");\n'  # 25 allowed
        'const auto r = tr("Create tables for the briefing");\n'     # 26 allowed
    ),
    "app/fine.cpp": '// QSqlDatabase is gone from here\nconst auto s = "UPDATED SETTINGS";\n',
    "models/storage/sqlite/allowed.cpp": '#include <QSqlQuery>\nconst auto s = "SELECT 1";\n',
    "widgets/CMakeLists.txt": "target_link_libraries(air_widgets PUBLIC air_models Qt6::Sql)\n",
    "models/CMakeLists.txt": "target_link_libraries(air_storage PRIVATE Qt6::Sql SQLite::SQLite3)\n",
}
PLANTED_EXPECTED = [
    ("models/items/planted.cpp", n) for n in (1, 2, 3, 7, 8, 9, 11, 16, 17, 18, 19, 20, 21, 22)
] + [("widgets/CMakeLists.txt", 1)]


def self_test():
    import tempfile
    with tempfile.TemporaryDirectory() as root:
        for rel, text in PLANTED.items():
            os.makedirs(os.path.dirname(os.path.join(root, rel)), exist_ok=True)
            with open(os.path.join(root, rel), "w", encoding="utf-8") as f:
                f.write(text)
        problems = check_tree(root)[0]
    found = sorted((shown, number) for shown, number, _ in problems)
    if found != sorted(PLANTED_EXPECTED):
        print("check_layers self-test FAILED", file=sys.stderr)
        print(f"  expected: {sorted(PLANTED_EXPECTED)}", file=sys.stderr)
        print(f"  found:    {found}", file=sys.stderr)
        for p in problems:
            print("  %s:%d: %s" % p, file=sys.stderr)
        return 1
    print(f"check_layers self-test: all {len(PLANTED_EXPECTED)} planted offences found, nothing allowed reported")
    return 0


def check_tree(root):
    problems = []
    checked = 0
    for folder in CHECKED:
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, folder)):
            dirnames.sort()
            rel_dir = os.path.relpath(dirpath, root).replace(os.sep, "/")
            if any(rel_dir == e or rel_dir.startswith(e + "/") for e in EXEMPT):
                dirnames[:] = []
                continue
            for name in sorted(filenames):
                if name.endswith(SOURCE_SUFFIXES):
                    checked += 1
                    path = os.path.join(dirpath, name)
                    problems += check_source(path, f"{rel_dir}/{name}")
    problems += check_cmake(root)
    return problems, checked


def main():
    if len(sys.argv) == 2 and sys.argv[1] == "--self-test":
        return self_test()
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    root = os.path.abspath(sys.argv[1])
    problems, checked = check_tree(root)
    if checked == 0:
        print(f"check_layers: no source file under {root}/{{{','.join(CHECKED)}}}", file=sys.stderr)
        return 2
    for shown, number, reason in problems:
        print(f"{shown}:{number}: {reason}")
    if problems:
        print(f"check_layers: {len(problems)} offence(s) against the storage wall in {checked} files", file=sys.stderr)
        return 1
    print(f"check_layers: {checked} files above storage, no Qt Sql, no SQLite, no SQL text")
    return 0


if __name__ == "__main__":
    sys.exit(main())
