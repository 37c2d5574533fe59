#pragma once

#include <QFileDialog>
#include <QString>
#include <functional>

class QLineEdit;
class QPushButton;
class QWidget;

namespace probitas::gui {

// What a dialog asks instead of a QFileDialog in tests and scripts: a path for "what the file is for", or
// empty for cancelled.
using FileProvider = std::function<QString(const QString& what)>;

// A file's field and its "Browse…" button on one row of a form.
QWidget* withBrowse(QLineEdit* field, QPushButton* button, QWidget* parent);

// "Browse…": asks `provider` when set, else a file dialog (to save a new file or to open one), and puts the
// path chosen in `field`, in the platform's separators; a cancelled choice leaves the field as it was.
void browseInto(QWidget* parent, QLineEdit* field, const FileProvider& provider, const QString& what,
                const QString& filter, bool save, QFileDialog::Options options = {});

} // namespace probitas::gui
