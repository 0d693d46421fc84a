#include "richtext.h"

#include <QRegularExpression>

namespace cplan {

bool isHtml(const QString &text)
{
    const QString start = text.trimmed().left(16).toLower();
    return start.startsWith(QLatin1Char('<')) && !start.startsWith(QLatin1String("<http"));
}

int wordCount(const QString &text)
{
    QString plain = text;
    if (isHtml(plain)) {
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        plain.replace(tags, QStringLiteral(" "));
        plain.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    }
    // Chinese and Japanese are written without spaces: each character counts as a word.
    static const QRegularExpression word(
        QStringLiteral("\\p{Han}|(?:(?!\\p{Han})[\\p{L}\\p{N}])(?:(?!\\p{Han})[\\p{L}\\p{N}'’\\-])*"));
    int count = 0;
    auto it = word.globalMatch(plain);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

} // namespace cplan
