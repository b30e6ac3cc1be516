#include "core/packcsv.h"

#include "core/json.h"
#include "core/jsonchecker.h"
#include "core/packloader.h"
#include "core/sizes.h"
#include "core/vocabulary.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace mamori {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::PackCsv)
};

const QString Id = u"id"_s;
const QString CategoryColumn = u"category"_s;
const QString Weight = u"weight"_s;
const QString TextJa = u"text_ja"_s;
const QString TextEn = u"text_en"_s;
const QString HelpJa = u"help_ja"_s;
const QString HelpEn = u"help_en"_s;
const QString AppliesIf = u"applies_if"_s;
const QString DependsOnColumn = u"depends_on"_s;
const QString DependsAnswers = u"depends_answers"_s;
const QString DependsOtherwise = u"depends_otherwise"_s;
const QString Refs = u"refs"_s;
const QString Replaces = u"replaces"_s;
const QString RecommendationJa = u"recommendation_ja"_s;
const QString RecommendationEn = u"recommendation_en"_s;
const QString Cost = u"cost"_s;
const QString Effort = u"effort"_s;
const QString Capabilities = u"capabilities"_s;

// Ids, numbers and grades typed in a Japanese spreadsheet often come in full-width forms (ｑ１２,
// １.５); NFKC turns them into the ASCII the format uses. Free text is left as written.
QString normalized(const QString& cell)
{
    return cell.normalized(QString::NormalizationForm_KC).trimmed();
}

// Cells keep the line breaks the spreadsheet wrote (CRLF from Excel); packs use LF.
QString textCell(const QString& cell)
{
    QString text = cell.trimmed();
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    return text;
}

// Lists may be separated the way people type them in a cell: commas, semicolons, the Japanese 、,
// vertical bars, spaces or line breaks.
QStringList listCell(const QString& cell)
{
    static const QRegularExpression separators(u"[\\s,;、|]+"_s);
    return normalized(cell).split(separators, Qt::SkipEmptyParts);
}

// Word processors and some spreadsheets turn straight quotes into typographic ones; an expression
// only knows the straight kind.
QString expressionCell(const QString& cell)
{
    QString text = normalized(cell);
    for (const char16_t c : {u'\u201C', u'\u201D', u'\u201E'}) {
        text.replace(QChar(c), u'"');
    }
    for (const char16_t c : {u'\u2018', u'\u2019'}) {
        text.replace(QChar(c), u'\'');
    }
    return text;
}

std::optional<QString> gradeCell(const QString& cell)
{
    const QString value = normalized(cell).toLower();
    if (value == u"low"_s || value == u"低"_s) {
        return u"low"_s;
    }
    if (value == u"medium"_s || value == u"中"_s) {
        return u"medium"_s;
    }
    if (value == u"high"_s || value == u"高"_s) {
        return u"high"_s;
    }
    return std::nullopt;
}

// Which column a problem the pack loader found under `$.questions[i]` belongs to.
QString columnOfPath(QStringView rest)
{
    const auto starts = [&](QStringView prefix) {
        if (!rest.startsWith(prefix)) {
            return false;
        }
        // `.text` must not match `.text_extra`: the prefix ends where the path steps on or ends.
        return rest.size() == prefix.size() || rest[prefix.size()] == u'.' || rest[prefix.size()] == u'[';
    };
    if (starts(u".text.en")) {
        return TextEn;
    }
    if (starts(u".text")) {
        return TextJa;
    }
    if (starts(u".help.en")) {
        return HelpEn;
    }
    if (starts(u".help")) {
        return HelpJa;
    }
    if (starts(u".recommendation.text.en")) {
        return RecommendationEn;
    }
    if (starts(u".recommendation.cost")) {
        return Cost;
    }
    if (starts(u".recommendation.effort")) {
        return Effort;
    }
    if (starts(u".recommendation.capabilities")) {
        return Capabilities;
    }
    if (starts(u".recommendation")) {
        return RecommendationJa;
    }
    if (starts(u".depends_on.answers")) {
        return DependsAnswers;
    }
    if (starts(u".depends_on.otherwise")) {
        return DependsOtherwise;
    }
    for (const QString& column : {Id, CategoryColumn, Weight, AppliesIf, DependsOnColumn, Refs, Replaces}) {
        if (starts(QString(u'.' + column))) {
            return column;
        }
    }
    return {};
}

// The deepest value of `root` that `path` ($.a.b[3].c) reaches, so a problem in the base file can be
// shown at its line even when the loader names a key that is missing there.
const JsonNode* resolvePath(const JsonNode& root, QStringView path)
{
    static const QRegularExpression step(u"\\.([A-Za-z0-9_-]+)|\\[(\\d+)\\]"_s);
    const JsonNode* node = &root;
    auto it = step.globalMatch(path.mid(1));
    while (it.hasNext()) {
        const auto m = it.next();
        const JsonNode* next = nullptr;
        if (m.hasCaptured(1)) {
            next = node->isObject() ? node->member(m.capturedView(1)) : nullptr;
        } else {
            const auto index = std::size_t(m.capturedView(2).toULongLong());
            next = node->isArray() && index < node->items().size() ? &node->items()[index] : nullptr;
        }
        if (!next) {
            break;
        }
        node = next;
    }
    return node;
}

struct Row
{
    int line = 0;
    QHash<QString, QString> cells; // by column name
    QString cell(const QString& column) const { return cells.value(column); }
};

class Importer
{
public:
    Importer(QString csvPath, QString basePath, PackCsvOptions options)
        : m_csvPath(std::move(csvPath)), m_basePath(std::move(basePath)), m_options(std::move(options))
    {}

    Diagnostics& problems() { return m_problems; }

    void cellProblem(const Row& row, const QString& column, ErrorCode code, const QString& message)
    {
        Diagnostic d{code, Severity::Error, m_csvPath, row.line, 0, {}, message};
        d.columnName = column;
        m_problems.append(d);
        m_reported.insert(cellKey(row.line, column));
    }

    bool checkHeader(const QStringList& header)
    {
        bool ok = true;
        QSet<QString> seen;
        const auto report = [&](const QString& name, ErrorCode code, const QString& message) {
            Diagnostic d{code, Severity::Error, m_csvPath, 1, 0, {}, message};
            d.columnName = name;
            m_problems.append(d);
            ok = false;
        };
        for (const QString& name : header) {
            if (name.isEmpty() || name.startsWith(u'#')) {
                continue; // Excel's trailing empty columns, and the author's own notes
            }
            if (seen.contains(name)) {
                report(name, ErrorCode::Duplicate, Tr::tr("this column is named twice"));
            }
            seen.insert(name);
            if (!packCsvColumns().contains(name)) {
                const QString hint = closestOf(name, packCsvColumns());
                report(name, ErrorCode::UnknownKey,
                       hint.isEmpty()
                           ? Tr::tr("unknown column; the columns are listed in docs/authoring.md, and a column "
                                    "whose name starts with # is ignored")
                           : Tr::tr("unknown column (did you mean \"%1\"?)").arg(hint));
            }
        }
        for (const QString& name : packCsvRequiredColumns()) {
            if (!seen.contains(name)) {
                report(name, ErrorCode::Missing, Tr::tr("this column is required"));
            }
        }
        return ok;
    }

    // One question, in the order of the format's documentation.
    void writeQuestion(JsonWriter& w, const Row& row)
    {
        w.beginObject();
        const QString id = normalized(row.cell(Id));
        if (const auto first = m_idLines.constFind(id); !id.isEmpty() && first != m_idLines.cend()) {
            cellProblem(row, Id, ErrorCode::Duplicate,
                        Tr::tr("the question id \"%1\" is already used on line %2").arg(id).arg(*first));
        } else if (!id.isEmpty()) {
            m_idLines.insert(id, row.line);
        }
        for (const QString& column : {Id, CategoryColumn}) {
            if (normalized(row.cell(column)).isEmpty()) {
                cellProblem(row, column, ErrorCode::Missing, Tr::tr("this cell is required"));
            }
        }
        w.key(Id);
        w.string(id);
        w.key(CategoryColumn);
        w.string(normalized(row.cell(CategoryColumn)));
        if (const QString weight = normalized(row.cell(Weight)); !weight.isEmpty()) {
            bool ok = false;
            const double value = weight.toDouble(&ok);
            if (ok && std::isfinite(value)) { // Qt reads "nan" and "inf" as numbers; a pack cannot hold them
                w.key(Weight);
                w.number(value);
            } else {
                cellProblem(row, Weight, ErrorCode::Type,
                            Tr::tr("\"%1\" is not a number; leave the cell empty for the weight 1").arg(weight));
            }
        }
        writeText(w, u"text"_s, row, TextJa, TextEn, true);
        writeText(w, u"help"_s, row, HelpJa, HelpEn, false);
        if (const QString expression = expressionCell(row.cell(AppliesIf)); !expression.isEmpty()) {
            w.key(AppliesIf);
            w.string(expression);
        }
        writeDependsOn(w, row);
        writeList(w, Refs, listCell(row.cell(Refs)));
        writeList(w, Replaces, listCell(row.cell(Replaces)));
        w.key(u"recommendation"_s);
        w.beginObject();
        writeText(w, u"text"_s, row, RecommendationJa, RecommendationEn, true);
        for (const QString& column : {Cost, Effort}) {
            const QString value = row.cell(column);
            w.key(column);
            if (const auto grade = gradeCell(value)) {
                w.string(*grade);
            } else {
                w.string(normalized(value));
                cellProblem(row, column, normalized(value).isEmpty() ? ErrorCode::Missing : ErrorCode::Value,
                            normalized(value).isEmpty()
                                ? Tr::tr("give low, medium or high (低, 中 or 高)")
                                : Tr::tr("\"%1\" is not a grade; give low, medium or high (低, 中 or 高)")
                                      .arg(normalized(value)));
            }
        }
        writeList(w, Capabilities, listCell(row.cell(Capabilities)));
        w.endObject();
        w.endObject();
    }

    // The loader's problems, moved to where the author wrote the thing: a question's to its row and
    // column, the rest to the base file. A cell already reported by the importer is not reported twice.
    // While the base itself has errors, the questions' problems are mostly its echo (every row's
    // category unknown when the base lacks categories), so only the base's are reported then.
    void relocate(const Diagnostics& found, const JsonDocument& base, const std::vector<int>& rowLines)
    {
        static const QRegularExpression question(u"^\\$\\.questions(\\[(\\d+)\\](.*))?$"_s);
        const bool failed = hasErrors(found) || hasErrors(m_problems);
        const bool baseFailed = std::any_of(found.begin(), found.end(), [&](const Diagnostic& d) {
            return d.severity == Severity::Error && !question.match(d.path).hasMatch() &&
                   !(d.path == u"$.version"_s && !m_options.version.isEmpty());
        });
        for (Diagnostic d : found) {
            if (failed && d.severity == Severity::Warning) {
                continue; // "a category without questions" is noise beside the errors to fix first
            }
            const auto m = question.match(d.path);
            if (baseFailed && m.hasMatch()) {
                continue;
            }
            if (m.hasMatch() && m.hasCaptured(2)) {
                const auto index = std::size_t(m.capturedView(2).toULongLong());
                const int line = index < rowLines.size() ? rowLines[index] : 0;
                const QString column = columnOfPath(m.capturedView(3));
                if (!column.isEmpty() && (m_reported.contains(cellKey(line, column)) ||
                                          m_reported.contains(cellKey(line, otherLanguage(column))))) {
                    continue;
                }
                d.file = m_csvPath;
                d.line = line;
                d.column = 0;
                d.path.clear();
                d.columnName = column;
            } else if (m.hasMatch()) {
                d.file = m_csvPath;
                d.line = 0;
                d.column = 0;
                d.path.clear();
                if (rowLines.empty()) {
                    d.code = ErrorCode::Missing;
                    d.message = Tr::tr("the spreadsheet has no questions");
                }
            } else if (d.path == u"$.version"_s && !m_options.version.isEmpty()) {
                d.file.clear();
                d.line = 0;
                d.column = 0;
                d.path.clear();
            } else {
                const JsonNode* node = resolvePath(base.root, d.path);
                d.file = m_basePath;
                d.line = base.map.line(node->offset());
                d.column = base.map.column(node->offset());
            }
            m_problems.append(d);
        }
        if (baseFailed) {
            m_problems.append(fileError(ErrorCode::Reference, m_csvPath,
                                        Tr::tr("the questions were not checked against a base with errors; "
                                               "fix the base first")));
        }
    }

private:
    static QString cellKey(int line, const QString& column) { return QString::number(line) + u':' + column; }

    // A text's two columns are one value to the loader: a problem reported at one is not repeated
    // at the other.
    static QString otherLanguage(const QString& column)
    {
        if (column.endsWith(u"_ja"_s)) {
            return column.chopped(3) + u"_en"_s;
        }
        if (column.endsWith(u"_en"_s)) {
            return column.chopped(3) + u"_ja"_s;
        }
        return column;
    }

    // A bilingual text from its two columns. A missing language is reported here, at its own cell; the
    // loader would name only the pair.
    void writeText(JsonWriter& w, const QString& key, const Row& row, const QString& jaColumn, const QString& enColumn,
                   bool required)
    {
        const QString ja = textCell(row.cell(jaColumn));
        const QString en = textCell(row.cell(enColumn));
        if (ja.isEmpty() && en.isEmpty()) {
            if (required) {
                cellProblem(row, jaColumn, ErrorCode::Missing,
                            Tr::tr("this text is required, in Japanese (%1) and English (%2)").arg(jaColumn, enColumn));
                // An empty object keeps the loader's complaint at this text, where it is already reported.
                w.key(key);
                w.beginObject();
                w.endObject();
            }
            return;
        }
        if (ja.isEmpty() || en.isEmpty()) {
            cellProblem(row, ja.isEmpty() ? jaColumn : enColumn, ErrorCode::Missing,
                        ja.isEmpty() ? Tr::tr("the Japanese text is missing; every text is needed in both languages")
                                     : Tr::tr("the English text is missing; every text is needed in both languages"));
        }
        w.key(key);
        w.beginObject();
        if (!ja.isEmpty()) {
            w.key(u"ja"_s);
            w.string(ja);
        }
        if (!en.isEmpty()) {
            w.key(u"en"_s);
            w.string(en);
        }
        w.endObject();
    }

    static void writeList(JsonWriter& w, const QString& key, const QStringList& values)
    {
        if (!values.isEmpty()) {
            w.key(key);
            w.strings(values);
        }
    }

    void writeDependsOn(JsonWriter& w, const Row& row)
    {
        const QString parent = normalized(row.cell(DependsOnColumn));
        const QStringList answers = listCell(row.cell(DependsAnswers));
        const QString otherwise = normalized(row.cell(DependsOtherwise));
        if (parent.isEmpty()) {
            for (const QString& column : {DependsAnswers, DependsOtherwise}) {
                if (!normalized(row.cell(column)).isEmpty()) {
                    cellProblem(row, column, ErrorCode::Missing,
                                Tr::tr("a follow-up needs the question it follows in the column depends_on"));
                }
            }
            return;
        }
        w.key(DependsOnColumn);
        w.beginObject();
        w.key(u"question"_s);
        w.string(parent);
        if (answers.isEmpty()) {
            cellProblem(row, DependsAnswers, ErrorCode::Missing,
                        Tr::tr("name the answers of \"%1\" that open this follow-up").arg(parent));
        }
        // Written even when empty, so the loader's complaint lands on this cell, already reported.
        w.key(u"answers"_s);
        w.strings(answers);
        if (!otherwise.isEmpty()) {
            w.key(u"otherwise"_s);
            w.string(otherwise);
        }
        w.endObject();
    }

    QString m_csvPath;
    QString m_basePath;
    PackCsvOptions m_options;
    Diagnostics m_problems;
    QSet<QString> m_reported;
    QHash<QString, int> m_idLines; // the line each question id was first given on
};

} // namespace

const QStringList& packCsvColumns()
{
    static const QStringList columns{
        Id,       CategoryColumn,   Weight,           TextJa,         TextEn,           HelpJa,
        HelpEn,   AppliesIf,        DependsOnColumn,  DependsAnswers, DependsOtherwise, Refs,
        Replaces, RecommendationJa, RecommendationEn, Cost,           Effort,           Capabilities};
    return columns;
}

const QStringList& packCsvRequiredColumns()
{
    static const QStringList columns{Id,   CategoryColumn, TextJa, TextEn, RecommendationJa, RecommendationEn,
                                     Cost, Effort};
    return columns;
}

Result<PackCsvImport> importPackCsv(const QString& csvPath, const QString& basePath, const PackCsvOptions& options)
{
    return importPackCsv(csvPath, basePath, options, Vocabulary::capabilities());
}

Result<PackCsvImport> importPackCsv(const QString& csvPath, const QString& basePath, const PackCsvOptions& options,
                                    const Vocabulary& capabilities)
{
    Importer importer(csvPath, basePath, options);
    Diagnostics& problems = importer.problems();

    // The spreadsheet becomes a pack, which may be at most PackLoader::MaxBytes; a larger CSV cannot
    // make a valid one, so it is refused before it is read.
    if (const QFileInfo info(csvPath); info.exists() && info.size() > PackLoader::MaxBytes) {
        return failure(fileError(ErrorCode::Limit, csvPath,
                                 Tr::tr("the file is larger than %1 MiB").arg(PackLoader::MaxBytes / MiB)));
    }
    auto base = readJsonFile(basePath, JsonLimits{PackLoader::MaxBytes, PackLoader::MaxDepth});
    if (!base) {
        problems.append(base.error());
    } else if (!base->root.isObject()) {
        problems.append(Diagnostic{ErrorCode::Type, Severity::Error, basePath, base->map.line(base->root.offset()),
                                   base->map.column(base->root.offset()), u"$"_s,
                                   Tr::tr("the base must be a pack: a JSON object with the pack's id, version, scale "
                                          "and categories")});
    }
    auto opened = CsvReader::open(csvPath);
    if (!opened) {
        problems.append(opened.error());
        return failure(problems);
    }
    CsvReader& csv = **opened;
    if (!importer.checkHeader(csv.header()) || hasErrors(problems)) {
        return failure(problems);
    }

    std::vector<Row> rows;
    for (;;) {
        auto next = csv.next();
        if (!next) {
            problems.append(next.error());
            return failure(problems);
        }
        if (!*next) {
            break;
        }
        const CsvRow& record = **next;
        Row row{record.line, {}};
        bool blank = true;
        for (qsizetype c = 0; c < csv.header().size(); ++c) {
            const QString& name = csv.header()[c];
            const QString& cell = record.cells[c];
            if (cell.trimmed().isEmpty() || name.startsWith(u'#')) {
                continue;
            }
            blank = false;
            if (name.isEmpty()) {
                Diagnostic d{ErrorCode::UnknownKey,
                             Severity::Error,
                             csvPath,
                             record.line,
                             0,
                             {},
                             Tr::tr("a value in column %1, which has no name in the header").arg(c + 1)};
                d.columnName = u"?"_s;
                problems.append(d);
                continue;
            }
            row.cells.insert(name, cell);
        }
        if (!blank) { // rows of empty cells are what spreadsheets leave below the data
            rows.push_back(std::move(row));
        }
    }

    JsonWriter w;
    std::vector<int> rowLines;
    const auto writeQuestions = [&] {
        w.beginArray();
        for (const Row& row : rows) {
            rowLines.push_back(row.line);
            importer.writeQuestion(w, row);
        }
        w.endArray();
    };
    w.beginObject();
    bool questionsWritten = false;
    bool versionWritten = false;
    for (std::size_t i = 0; i < base->root.items().size(); ++i) {
        const QString& key = base->root.keys()[i];
        w.key(key);
        if (key == u"questions"_s && !questionsWritten) {
            writeQuestions();
            questionsWritten = true;
        } else if (key == u"version"_s && !options.version.isEmpty()) {
            w.string(options.version);
            versionWritten = true;
        } else {
            w.node(base->root.items()[i]);
        }
    }
    if (!options.version.isEmpty() && !versionWritten) {
        w.key(u"version"_s);
        w.string(options.version);
    }
    if (!questionsWritten) {
        w.key(u"questions"_s);
        writeQuestions();
    }
    w.endObject();

    PackCsvImport out;
    out.json = w.data();
    out.encoding = csv.encoding();
    out.questions = int(rows.size());
    PackLoader loader(capabilities);
    auto pack = loader.loadData(out.json, csvPath);
    importer.relocate(pack ? loader.warnings() : pack.error(), *base, rowLines);
    // In reading order: the base first, then row by row, cells from left to right.
    std::stable_sort(problems.begin(), problems.end(), [&](const Diagnostic& a, const Diagnostic& b) {
        const auto key = [&](const Diagnostic& d) {
            return std::tuple(d.file == csvPath, d.line, packCsvColumns().indexOf(d.columnName));
        };
        return key(a) < key(b);
    });
    if (hasErrors(problems)) {
        return failure(problems);
    }
    out.pack = std::move(*pack);
    out.pack.sourcePath.clear(); // it has not been written anywhere yet
    out.warnings = problems;
    return out;
}

namespace {

QString csvCell(const QString& value)
{
    static const QRegularExpression special(u"[\",\\r\\n]|^\\s|\\s$"_s);
    if (!special.match(value).hasMatch()) {
        return value;
    }
    QString quoted = value;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

} // namespace

QByteArray exportPackCsv(const Pack& pack)
{
    QString out;
    const auto writeRow = [&](const QStringList& cells) {
        QStringList quoted;
        quoted.reserve(cells.size());
        for (const QString& cell : cells) {
            quoted.append(csvCell(cell));
        }
        out += quoted.join(u',') + u"\r\n"_s;
    };
    writeRow(packCsvColumns());
    for (const Question& q : pack.questions) {
        QString parent;
        QString answers;
        QString otherwise;
        if (q.dependsOn) {
            parent = pack.questions[std::size_t(q.dependsOn->question)].id;
            answers = q.dependsOn->answers.join(u", "_s);
            if (q.dependsOn->otherwise >= 0) {
                otherwise = pack.scale[std::size_t(q.dependsOn->otherwise)].id;
            }
        }
        // The cells in the order of packCsvColumns().
        writeRow({q.id, pack.categories[std::size_t(q.category)].id,
                  QString::number(q.weight, 'g', QLocale::FloatingPointShortest), q.text.ja, q.text.en, q.help.ja,
                  q.help.en, q.appliesIf ? q.appliesIf->source() : QString(), parent, answers, otherwise,
                  q.refs.join(u", "_s), q.replaces.join(u", "_s), q.recommendation.text.ja, q.recommendation.text.en,
                  gradeId(q.recommendation.cost), gradeId(q.recommendation.effort),
                  q.recommendation.capabilities.join(u", "_s)});
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace mamori
