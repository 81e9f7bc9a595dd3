#pragma once

#include "core/result.h"
#include "storage/records.h"

#include <QCoreApplication>
#include <QStringList>

namespace air {

class DashboardContext;

// Saved views (보기 저장): what a window shows, as a record the storage keeps, and back.
struct SavedViewText {
    Q_DECLARE_TR_FUNCTIONS(air::SavedView)
};

// The keys of the window's pages, in its order (Page::key(); tested against the window).
const QStringList &pageKeys();

// The selection a context shows, with the page, under NAME: every field set (a view is the whole
// selection, not the part that differs from the defaults).
SavedViewRecord viewOf(const DashboardContext &context, const QString &name, const QString &page);

// Applies a view to a context: the scope first (it picks the regions ranked), then the focus, the
// comparison, the year, the weight set, the normalisation and the scenario. A field not set takes the
// program's default (equal weights, min-max, the latest figures, no scenario; the regions the scope
// picks). Invalid, naming the view and the field, when the database no longer has what it names (a
// scenario deleted, a region outside the scope); the context may then hold part of the view.
Status applyView(DashboardContext &context, const SavedViewRecord &view);

} // namespace air
