#include "CountsChart.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>

namespace probitas {

CountsChart::CountsChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("countsChart"));
    setAccessibleName(tr("Chart of the counts"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void CountsChart::setBars(const QList<Bar>& bars)
{
    m_bars = bars;
    QStringList description;
    for (const Bar& bar : bars) {
        description << tr("%1: %2").arg(bar.label).arg(bar.value);
    }
    setAccessibleDescription(description.join(QStringLiteral("; ")));
    update();
}

void CountsChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    paint(painter, QRectF(rect()).adjusted(8, 8, -8, -8), m_bars, font());
}

void CountsChart::paint(QPainter& painter, const QRectF& area, const QList<Bar>& bars, const QFont& font)
{
    if (bars.isEmpty()) {
        return;
    }
    painter.save();
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const qreal line = metrics.height();
    // Labels may take two lines ("Dans les délais"), values one line above the bars.
    const QRectF plot = area.adjusted(0, line * 1.4, 0, -line * 2.6);
    const int maximum =
        std::max(1, std::max_element(bars.begin(), bars.end(), [](const Bar& a, const Bar& b) {
                        return a.value < b.value;
                    })->value);
    const qreal slot = plot.width() / bars.size();
    const qreal barWidth = std::min(slot * 0.6, line * 5);
    painter.setPen(QPen(QColor(0x8a, 0x94, 0xa6), 1));
    painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()));
    for (int index = 0; index < bars.size(); ++index) {
        const Bar& bar = bars.at(index);
        const qreal centre = plot.left() + slot * (index + 0.5);
        const qreal height = plot.height() * bar.value / maximum;
        const QRectF rectangle(centre - barWidth / 2, plot.bottom() - height, barWidth, height);
        painter.fillRect(rectangle, bar.colour);
        painter.setPen(QColor(0x21, 0x25, 0x29));
        QFont bold = font;
        bold.setBold(true);
        painter.setFont(bold);
        painter.drawText(QRectF(centre - slot / 2, rectangle.top() - line * 1.3, slot, line * 1.2),
                         Qt::AlignHCenter | Qt::AlignBottom, QString::number(bar.value));
        painter.setFont(font);
        painter.drawText(QRectF(centre - slot / 2, plot.bottom() + line * 0.3, slot, line * 2.3),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, bar.label);
    }
    painter.restore();
}

QImage CountsChart::image(const QList<Bar>& bars, const QSize& size, const QFont& font)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)).adjusted(10, 10, -10, -10), bars, font);
    return image;
}

} // namespace probitas
