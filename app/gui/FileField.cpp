#include "FileField.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace probitas::gui {

QWidget* withBrowse(QLineEdit* field, QPushButton* button, QWidget* parent)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 1);
    layout->addWidget(button);
    return row;
}

void browseInto(QWidget* parent, QLineEdit* field, const FileProvider& provider, const QString& what,
                const QString& filter, bool save, QFileDialog::Options options)
{
    QString path;
    if (provider) {
        path = provider(what);
    } else if (save) {
        path = QFileDialog::getSaveFileName(parent, what, field->text(), filter, nullptr, options);
    } else {
        path = QFileDialog::getOpenFileName(parent, what, field->text(), filter, nullptr, options);
    }
    if (!path.isEmpty()) {
        field->setText(QDir::toNativeSeparators(path));
    }
}

} // namespace probitas::gui
