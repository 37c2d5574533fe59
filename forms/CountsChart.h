#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QString>
#include <QWidget>

namespace probitas {

// A bar chart of a few counts, drawn with QPainter: on screen, and as an image for the PDF exports. Each
// bar carries its number above it and its label below, so the chart reads without colours.
class CountsChart : public QWidget
{
    Q_OBJECT

public:
    struct Bar
    {
        QString label;
        int value = 0;
        QColor colour;
    };

    explicit CountsChart(QWidget* parent = nullptr);
    void setBars(const QList<Bar>& bars);
    const QList<Bar>& bars() const { return m_bars; }
    QSize sizeHint() const override { return {420, 220}; }
    QSize minimumSizeHint() const override { return {260, 160}; }

    // The same drawing on any painter, e.g. an image for a PDF.
    static void paint(QPainter& painter, const QRectF& area, const QList<Bar>& bars, const QFont& font);
    static QImage image(const QList<Bar>& bars, const QSize& size, const QFont& font);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<Bar> m_bars;
};

} // namespace probitas
