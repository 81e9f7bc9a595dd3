#pragma once

// The words the data use, written once: region codes the program names, the pillars and
// sectors, the statuses and origins of figures. Every layer takes them from here.

#include <QString>
#include <QStringList>

namespace air::vocabulary {

inline const QString nation = QStringLiteral("KR");
inline const QString jeonnam = QStringLiteral("KR-46");  // the focus region by default
inline const QString gyeonggi = QStringLiteral("KR-41"); // the comparison region by default

// The pillars of readiness in order, then the sector pillar (opportunity) and the others.
inline const QStringList readinessPillars = { QStringLiteral("infrastructure"), QStringLiteral("talent"),
    QStringLiteral("industry"), QStringLiteral("governance") };
inline const QStringList sectors = { QStringLiteral("agriculture"), QStringLiteral("marine"), QStringLiteral("energy"),
    QStringLiteral("medical") };

// A figure's status: published by a statistics office, reported (a newspaper, a press release),
// estimated, or typed by a user.
inline const QStringList statuses = { QStringLiteral("official"), QStringLiteral("reported"), QStringLiteral("estimate"),
    QStringLiteral("user") };
inline const QString userStatus = QStringLiteral("user");
inline const QString userOrigin = QStringLiteral("user");
inline const QString bundledOrigin = QStringLiteral("bundled");

} // namespace air::vocabulary
