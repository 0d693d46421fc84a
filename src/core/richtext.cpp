#include "richtext.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

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

namespace {

bool isVoidElement(QStringView name)
{
    static const char *const names[] = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                                        "meta", "param", "source", "track", "wbr"};
    for (const char *n : names) {
        if (name.compare(QLatin1String(n), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Elements whose end tag people (and HTML) leave out: a new one closes the one still open.
bool closesItsSibling(QStringView name)
{
    static const char *const names[] = {"p", "li", "dt", "dd", "tr", "td", "th", "option"};
    for (const char *n : names) {
        if (name.compare(QLatin1String(n), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char(':');
}

} // namespace

int htmlNestingDepth(const QString &html, int stopAfter)
{
    if (!isHtml(html))
        return 0;
    // Open elements, innermost last, and how many of each name are open: an end tag whose
    // element is not open is skipped without searching the stack (which would be quadratic).
    std::vector<QString> open;
    QHash<QString, int> openCount;
    int deepest = 0;
    const qsizetype size = html.size();
    qsizetype i = 0;
    while (i < size && deepest <= stopAfter) {
        const qsizetype lt = html.indexOf(QLatin1Char('<'), i);
        if (lt < 0)
            break;
        if (QStringView(html).mid(lt, 4) == QLatin1String("<!--")) {
            const qsizetype end = html.indexOf(QLatin1String("-->"), lt + 4);
            i = end < 0 ? size : end + 3;
            continue;
        }
        const qsizetype gt = html.indexOf(QLatin1Char('>'), lt + 1);
        if (gt < 0)
            break;
        i = gt + 1;
        qsizetype n = lt + 1;
        const bool closing = n < gt && html.at(n) == QLatin1Char('/');
        if (closing)
            ++n;
        const qsizetype nameStart = n;
        while (n < gt && isNameChar(html.at(n)))
            ++n;
        if (n == nameStart) // <!DOCTYPE …>, <?xml …?> or a lone "<"
            continue;
        const QString name = html.mid(nameStart, n - nameStart).toLower();
        if (closing) {
            if (openCount.value(name) == 0)
                continue;
            while (!open.empty()) {
                const QString last = std::move(open.back());
                open.pop_back();
                --openCount[last];
                if (last == name)
                    break;
            }
            continue;
        }
        if (isVoidElement(name) || html.at(gt - 1) == QLatin1Char('/'))
            continue;
        if (closesItsSibling(name) && !open.empty() && open.back() == name) {
            open.pop_back();
            --openCount[name];
        }
        open.push_back(name);
        ++openCount[name];
        deepest = std::max(deepest, int(open.size()));
    }
    return deepest;
}

} // namespace cplan
