#include "core/expression.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace mamori {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::Expression)
};

enum FieldIndex
{
    FIndustry,
    FSectorClass,
    FPrefecture,
    FEmployees,
    FCapital,
    FSuppliesLargeFirms,
    FTier,
    FPcs,
    FMobiles,
    FServers,
    FWebsite,
    FEcommerce,
    FRemoteWork,
    FWifi,
    FCardData,
    FOtDevices,
    FUsesCloud,
    FCloud,
    FPersonalInfo,
    FItStaff,
    FProtections,
};

QString typeName(ValueType type)
{
    switch (type) {
    case ValueType::Number:
        return Tr::tr("number");
    case ValueType::Boolean:
        return Tr::tr("boolean");
    case ValueType::String:
        return Tr::tr("string");
    case ValueType::StringList:
        return Tr::tr("list");
    }
    return {};
}

struct Value
{
    double number = 0;
    bool boolean = false;
    QString string;
    const QStringList* list = nullptr;
};

Value fieldValue(int field, const Profile& p)
{
    Value v;
    switch (field) {
    case FIndustry:
        v.string = QString(p.industry);
        break;
    case FSectorClass:
        v.string = sectorClassId(p.sectorClass());
        break;
    case FPrefecture:
        v.number = p.prefecture;
        break;
    case FEmployees:
        v.number = p.employees;
        break;
    case FCapital:
        v.number = double(p.capitalManYen);
        break;
    case FSuppliesLargeFirms:
        v.boolean = p.suppliesLargeFirms;
        break;
    case FTier:
        v.string = tierId(p.tier());
        break;
    case FPcs:
        v.number = p.assets.pcs;
        break;
    case FMobiles:
        v.number = p.assets.mobiles;
        break;
    case FServers:
        v.number = p.assets.servers;
        break;
    case FWebsite:
        v.boolean = p.assets.website;
        break;
    case FEcommerce:
        v.boolean = p.assets.ecommerce;
        break;
    case FRemoteWork:
        v.boolean = p.assets.remoteWork;
        break;
    case FWifi:
        v.boolean = p.assets.wifi;
        break;
    case FCardData:
        v.boolean = p.assets.cardData;
        break;
    case FOtDevices:
        v.boolean = p.assets.otDevices;
        break;
    case FUsesCloud:
        v.boolean = !p.assets.cloud.isEmpty();
        break;
    case FCloud:
        v.list = &p.assets.cloud;
        break;
    case FPersonalInfo:
        v.number = double(p.assets.personalInfoRecords);
        break;
    case FItStaff:
        v.string = itStaffId(p.assets.itStaff);
        break;
    case FProtections:
        v.list = &p.protections;
        break;
    default:
        break;
    }
    return v;
}

enum class Tok
{
    End,
    Number,
    String,
    Ident,
    LParen,
    RParen,
    LBracket,
    RBracket,
    Comma,
    Not,
    And,
    Or,
    Cmp,
    In,
    Error
};

struct Token
{
    Tok kind = Tok::End;
    int column = 1;
    QString text;
    double number = 0;
    Expression::Op op = Expression::Op::Eq;
};

} // namespace

const std::vector<ProfileField>& profileFields()
{
    static const std::vector<ProfileField> fields = [] {
        const QStringList tiers{u"micro"_s, u"small"_s, u"medium"_s, u"large"_s};
        const QStringList sectors{u"manufacturing"_s, u"wholesale"_s, u"retail"_s, u"services"_s};
        const QStringList staff{u"none"_s, u"part_time"_s, u"dedicated"_s};
        std::vector<ProfileField> f(FProtections + 1);
        f[FIndustry] = {u"industry"_s, ValueType::String, industryLetters()};
        f[FSectorClass] = {u"sector_class"_s, ValueType::String, sectors};
        f[FPrefecture] = {u"prefecture"_s, ValueType::Number, {}};
        f[FEmployees] = {u"employees"_s, ValueType::Number, {}};
        f[FCapital] = {u"capital_man_yen"_s, ValueType::Number, {}};
        f[FSuppliesLargeFirms] = {u"supplies_large_firms"_s, ValueType::Boolean, {}};
        f[FTier] = {u"tier"_s, ValueType::String, tiers};
        f[FPcs] = {u"assets.pcs"_s, ValueType::Number, {}};
        f[FMobiles] = {u"assets.mobiles"_s, ValueType::Number, {}};
        f[FServers] = {u"assets.servers"_s, ValueType::Number, {}};
        f[FWebsite] = {u"assets.website"_s, ValueType::Boolean, {}};
        f[FEcommerce] = {u"assets.ecommerce"_s, ValueType::Boolean, {}};
        f[FRemoteWork] = {u"assets.remote_work"_s, ValueType::Boolean, {}};
        f[FWifi] = {u"assets.wifi"_s, ValueType::Boolean, {}};
        f[FCardData] = {u"assets.card_data"_s, ValueType::Boolean, {}};
        f[FOtDevices] = {u"assets.ot_devices"_s, ValueType::Boolean, {}};
        f[FUsesCloud] = {u"assets.uses_cloud"_s, ValueType::Boolean, {}};
        f[FCloud] = {u"assets.cloud"_s, ValueType::StringList, cloudServiceIds()};
        f[FPersonalInfo] = {u"assets.personal_info_records"_s, ValueType::Number, {}};
        f[FItStaff] = {u"assets.it_staff"_s, ValueType::String, staff};
        f[FProtections] = {u"protections"_s, ValueType::StringList, protectionIds()};
        return f;
    }();
    return fields;
}

class ExpressionParser
{
public:
    explicit ExpressionParser(const QString& source) : m_src(source) {}

    tl::expected<Expression, ExpressionError> run()
    {
        m_out.m_source = m_src;
        if (m_src.size() > Expression::MaxLength) {
            return tl::unexpected(
                ExpressionError{1, Tr::tr("the expression is longer than %1 characters").arg(Expression::MaxLength)});
        }
        advance();
        const int root = parseOr(0);
        if (m_failed) {
            return tl::unexpected(m_error);
        }
        if (m_tok.kind != Tok::End) {
            return tl::unexpected(ExpressionError{m_tok.column, Tr::tr("unexpected \"%1\" after a complete expression; "
                                                                       "join conditions with && or ||")
                                                                    .arg(m_tok.text)});
        }
        const auto& rootNode = m_out.m_nodes[std::size_t(root)];
        if (rootNode.type != ValueType::Boolean) {
            return tl::unexpected(ExpressionError{
                1, Tr::tr("the expression must be true or false, but it is a %1; compare it with something")
                       .arg(typeName(rootNode.type))});
        }
        m_out.m_root = root;
        return std::move(m_out);
    }

private:
    bool fail(int column, const QString& message)
    {
        if (!m_failed) {
            m_failed = true;
            m_error = ExpressionError{column, message};
        }
        return false;
    }

    int add(Expression::Node node)
    {
        m_out.m_nodes.push_back(std::move(node));
        return int(m_out.m_nodes.size() - 1);
    }

    const Expression::Node& node(int i) const { return m_out.m_nodes[std::size_t(i)]; }

    void advance()
    {
        m_tok = next();
        if (m_tok.kind == Tok::Error) {
            fail(m_tok.column, m_tok.text);
        }
    }

    Token next()
    {
        while (m_pos < m_src.size() && m_src[m_pos].isSpace()) {
            ++m_pos;
        }
        Token t;
        t.column = int(m_pos) + 1;
        if (m_pos >= m_src.size()) {
            t.kind = Tok::End;
            t.text = Tr::tr("end of expression");
            return t;
        }
        const QChar c = m_src[m_pos];
        const auto peek = [&](qsizetype k) {
            return m_pos + k < m_src.size() ? m_src[m_pos + k] : QChar();
        };
        const auto single = [&](Tok kind) {
            t.kind = kind;
            t.text = QString(c);
            ++m_pos;
            return t;
        };
        if (c == u'(') {
            return single(Tok::LParen);
        }
        if (c == u')') {
            return single(Tok::RParen);
        }
        if (c == u'[') {
            return single(Tok::LBracket);
        }
        if (c == u']') {
            return single(Tok::RBracket);
        }
        if (c == u',') {
            return single(Tok::Comma);
        }
        if (c == u'&' || c == u'|') {
            if (peek(1) == c) {
                t.kind = c == u'&' ? Tok::And : Tok::Or;
                t.text = QString(c) + c;
                m_pos += 2;
                return t;
            }
            t.kind = Tok::Error;
            t.text = Tr::tr("single \"%1\"; write \"%1%1\"").arg(c);
            return t;
        }
        if (c == u'!' || c == u'=' || c == u'<' || c == u'>') {
            const bool eq = peek(1) == u'=';
            t.kind = Tok::Cmp;
            t.text = eq ? QString(c) + u'=' : QString(c);
            m_pos += eq ? 2 : 1;
            if (c == u'!') {
                if (eq) {
                    t.op = Expression::Op::Ne;
                } else {
                    t.kind = Tok::Not;
                }
            } else if (c == u'=') {
                if (!eq) {
                    t.kind = Tok::Error;
                    t.text = Tr::tr("single \"=\"; write \"==\" to compare");
                }
                t.op = Expression::Op::Eq;
            } else if (c == u'<') {
                t.op = eq ? Expression::Op::Le : Expression::Op::Lt;
            } else {
                t.op = eq ? Expression::Op::Ge : Expression::Op::Gt;
            }
            return t;
        }
        if (c == u'"' || c == u'\'') {
            const QChar quote = c;
            qsizetype i = m_pos + 1;
            QString text;
            while (i < m_src.size() && m_src[i] != quote) {
                if (m_src[i] == u'\\' && i + 1 < m_src.size()) {
                    ++i;
                }
                text += m_src[i];
                ++i;
            }
            if (i >= m_src.size()) {
                t.kind = Tok::Error;
                t.text = Tr::tr("the string is not closed; add %1").arg(quote);
                return t;
            }
            m_pos = i + 1;
            t.kind = Tok::String;
            t.text = text;
            return t;
        }
        if (c.isDigit() || (c == u'-' && peek(1).isDigit())) {
            qsizetype i = m_pos + 1;
            while (i < m_src.size() && (m_src[i].isDigit() || m_src[i] == u'.')) {
                ++i;
            }
            t.text = m_src.mid(m_pos, i - m_pos);
            bool ok = false;
            t.number = t.text.toDouble(&ok);
            m_pos = i;
            if (!ok || !std::isfinite(t.number)) {
                t.kind = Tok::Error;
                t.text = Tr::tr("\"%1\" is not a number").arg(t.text);
                return t;
            }
            t.kind = Tok::Number;
            return t;
        }
        if (c.isLetter() || c == u'_') {
            qsizetype i = m_pos;
            while (i < m_src.size() && (m_src[i].isLetterOrNumber() || m_src[i] == u'_' || m_src[i] == u'.')) {
                ++i;
            }
            t.text = m_src.mid(m_pos, i - m_pos);
            m_pos = i;
            if (t.text == u"in"_s) {
                t.kind = Tok::In;
            } else if (t.text == u"and"_s || t.text == u"or"_s || t.text == u"not"_s) {
                t.kind = Tok::Error;
                t.text = Tr::tr("\"%1\" is not an operator here; use %2")
                             .arg(t.text, t.text == u"and"_s ? u"&&"_s : (t.text == u"or"_s ? u"||"_s : u"!"_s));
            } else {
                t.kind = Tok::Ident;
            }
            return t;
        }
        t.kind = Tok::Error;
        const bool pair = c.isHighSurrogate() && peek(1).isLowSurrogate();
        t.text = Tr::tr("unexpected character \"%1\"").arg(m_src.mid(m_pos, pair ? 2 : 1));
        return t;
    }

    bool enter(int depth)
    {
        if (depth > Expression::MaxDepth) {
            return fail(m_tok.column, Tr::tr("the expression nests deeper than %1 levels").arg(Expression::MaxDepth));
        }
        return true;
    }

    bool requireBoolean(int index, int column, const QString& op)
    {
        if (node(index).type != ValueType::Boolean) {
            return fail(column,
                        Tr::tr("%1 needs true/false on both sides, found a %2").arg(op, typeName(node(index).type)));
        }
        return true;
    }

    // `depth` counts nesting of parentheses and '!', the only ways an expression nests; each level
    // costs a bounded number of stack frames, so MaxDepth also bounds the recursion.
    int parseOr(int depth) { return parseLogical(depth, Tok::Or); }

    // One level of `a && b && …` (operator And) or `a || b || …` (operator Or; its operands are And
    // levels, which is what gives && the higher precedence).
    int parseLogical(int depth, Tok op)
    {
        const auto operand = [&] {
            return op == Tok::Or ? parseLogical(depth, Tok::And) : parseUnary(depth);
        };
        const QString symbol = op == Tok::Or ? u"||"_s : u"&&"_s;
        const int firstColumn = m_tok.column;
        int lhs = operand();
        while (!m_failed && m_tok.kind == op) {
            advance();
            const int rhsColumn = m_tok.column;
            const int rhs = operand();
            if (m_failed || !requireBoolean(lhs, firstColumn, symbol) || !requireBoolean(rhs, rhsColumn, symbol)) {
                return -1;
            }
            Expression::Node n;
            n.kind = op == Tok::Or ? Expression::Kind::Or : Expression::Kind::And;
            n.lhs = lhs;
            n.rhs = rhs;
            lhs = add(std::move(n));
        }
        return m_failed ? -1 : lhs;
    }

    int parseUnary(int depth)
    {
        if (!enter(depth)) {
            return -1;
        }
        if (m_tok.kind == Tok::Not) {
            advance();
            const int column = m_tok.column;
            const int operand = parseUnary(depth + 1);
            if (m_failed || !requireBoolean(operand, column, u"!"_s)) {
                return -1;
            }
            Expression::Node n;
            n.kind = Expression::Kind::Not;
            n.lhs = operand;
            return add(std::move(n));
        }
        return parseComparison(depth);
    }

    // Checks a string literal against the allowed values of the field it is compared with.
    bool checkAllowed(int fieldNode, const QString& value, int column)
    {
        const Expression::Node& f = node(fieldNode);
        if (f.kind != Expression::Kind::Field) {
            return true;
        }
        const ProfileField& field = profileFields()[std::size_t(f.field)];
        if (!field.allowed.isEmpty() && !field.allowed.contains(value)) {
            return fail(
                column,
                Tr::tr("\"%1\" is not a value of %2; allowed: %3").arg(value, field.name, field.allowed.join(u", "_s)));
        }
        return true;
    }

    int parseComparison(int depth)
    {
        const int lhsColumn = m_tok.column;
        const int lhs = parsePrimary(depth);
        if (m_failed) {
            return -1;
        }
        if (m_tok.kind == Tok::Cmp) {
            const Token opTok = m_tok;
            advance();
            const int rhsColumn = m_tok.column;
            const int rhs = parsePrimary(depth);
            if (m_failed) {
                return -1;
            }
            const ValueType lt = node(lhs).type;
            const ValueType rt = node(rhs).type;
            const bool ordering = opTok.op != Expression::Op::Eq && opTok.op != Expression::Op::Ne;
            if (lt == ValueType::StringList || rt == ValueType::StringList) {
                fail(lt == ValueType::StringList ? lhsColumn : rhsColumn,
                     Tr::tr("a list cannot be compared with %1; test membership with: \"value\" in list")
                         .arg(opTok.text));
                return -1;
            }
            if (lt != rt) {
                fail(opTok.column, Tr::tr("cannot compare a %1 with a %2").arg(typeName(lt), typeName(rt)));
                return -1;
            }
            if (ordering && lt != ValueType::Number) {
                fail(opTok.column, Tr::tr("%1 compares numbers only, found a %2").arg(opTok.text, typeName(lt)));
                return -1;
            }
            if (lt == ValueType::String) {
                if (node(rhs).kind == Expression::Kind::String && !checkAllowed(lhs, node(rhs).string, rhsColumn)) {
                    return -1;
                }
                if (node(lhs).kind == Expression::Kind::String && !checkAllowed(rhs, node(lhs).string, lhsColumn)) {
                    return -1;
                }
            }
            Expression::Node n;
            n.kind = Expression::Kind::Compare;
            n.op = opTok.op;
            n.lhs = lhs;
            n.rhs = rhs;
            return add(std::move(n));
        }
        if (m_tok.kind == Tok::In) {
            const int inColumn = m_tok.column;
            advance();
            const int rhsColumn = m_tok.column;
            const ValueType lt = node(lhs).type;
            if (m_tok.kind == Tok::LBracket) {
                if (lt != ValueType::Number && lt != ValueType::String) {
                    fail(lhsColumn,
                         Tr::tr("only a number or a string can be looked up in a list, found a %1").arg(typeName(lt)));
                    return -1;
                }
                Expression::Node list;
                list.kind = Expression::Kind::List;
                list.type = ValueType::StringList;
                advance();
                while (!m_failed && m_tok.kind != Tok::RBracket) {
                    const Token item = m_tok;
                    if (lt == ValueType::Number && item.kind == Tok::Number) {
                        list.numbers.push_back(item.number);
                    } else if (lt == ValueType::String && item.kind == Tok::String) {
                        if (!checkAllowed(lhs, item.text, item.column)) {
                            return -1;
                        }
                        list.strings.append(item.text);
                    } else if (item.kind == Tok::End) {
                        fail(item.column, Tr::tr("the list is not closed; add ]"));
                        return -1;
                    } else {
                        fail(item.column,
                             Tr::tr("expected a %1 in the list, found \"%2\"").arg(typeName(lt), item.text));
                        return -1;
                    }
                    advance();
                    if (m_tok.kind == Tok::Comma) {
                        advance();
                    } else if (m_tok.kind != Tok::RBracket && !m_failed) {
                        fail(m_tok.column, Tr::tr("expected , or ] in the list"));
                        return -1;
                    }
                }
                if (m_failed) {
                    return -1;
                }
                advance(); // ]
                if (list.numbers.empty() && list.strings.isEmpty()) {
                    fail(rhsColumn, Tr::tr("the list is empty"));
                    return -1;
                }
                const int rhs = add(std::move(list));
                Expression::Node n;
                n.kind = Expression::Kind::In;
                n.lhs = lhs;
                n.rhs = rhs;
                return add(std::move(n));
            }
            const int rhs = parsePrimary(depth);
            if (m_failed) {
                return -1;
            }
            if (node(rhs).type != ValueType::StringList) {
                fail(rhsColumn, Tr::tr("\"in\" needs a list: [a, b] or a list field such as assets.cloud"));
                return -1;
            }
            if (lt != ValueType::String) {
                fail(lhsColumn, Tr::tr("a list field holds strings; found a %1 before \"in\"").arg(typeName(lt)));
                return -1;
            }
            if (node(lhs).kind == Expression::Kind::String && !checkAllowed(rhs, node(lhs).string, lhsColumn)) {
                return -1;
            }
            Q_UNUSED(inColumn)
            Expression::Node n;
            n.kind = Expression::Kind::In;
            n.lhs = lhs;
            n.rhs = rhs;
            return add(std::move(n));
        }
        return lhs;
    }

    int parsePrimary(int depth)
    {
        const Token t = m_tok;
        Expression::Node n;
        switch (t.kind) {
        case Tok::Number:
            n.kind = Expression::Kind::Number;
            n.type = ValueType::Number;
            n.number = t.number;
            advance();
            return add(std::move(n));
        case Tok::String:
            n.kind = Expression::Kind::String;
            n.type = ValueType::String;
            n.string = t.text;
            advance();
            return add(std::move(n));
        case Tok::Ident: {
            if (t.text == u"true"_s || t.text == u"false"_s) {
                n.kind = Expression::Kind::Boolean;
                n.type = ValueType::Boolean;
                n.boolean = t.text == u"true"_s;
                advance();
                return add(std::move(n));
            }
            const auto& fields = profileFields();
            const auto it =
                std::find_if(fields.begin(), fields.end(), [&](const ProfileField& f) { return f.name == t.text; });
            if (it == fields.end()) {
                QString hint;
                int best = 4;
                for (const ProfileField& f : fields) {
                    const int d = editDistanceLocal(t.text, f.name);
                    if (d < best) {
                        best = d;
                        hint = f.name;
                    }
                }
                fail(t.column, hint.isEmpty()
                                   ? Tr::tr("unknown profile field \"%1\"").arg(t.text)
                                   : Tr::tr("unknown profile field \"%1\" (did you mean \"%2\"?)").arg(t.text, hint));
                return -1;
            }
            n.kind = Expression::Kind::Field;
            n.type = it->type;
            n.field = int(it - fields.begin());
            advance();
            return add(std::move(n));
        }
        case Tok::LParen: {
            if (!enter(depth + 1)) {
                return -1;
            }
            advance();
            const int inner = parseOr(depth + 1);
            if (m_failed) {
                return -1;
            }
            if (m_tok.kind != Tok::RParen) {
                fail(m_tok.column, Tr::tr("expected \")\" to close the \"(\" at column %1").arg(t.column));
                return -1;
            }
            advance();
            return inner;
        }
        case Tok::Error:
            return -1;
        case Tok::End:
            fail(t.column, Tr::tr("the expression ends too early; a value is missing"));
            return -1;
        default:
            fail(t.column, Tr::tr("unexpected \"%1\"; expected a value or a profile field").arg(t.text));
            return -1;
        }
    }

    static int editDistanceLocal(QStringView a, QStringView b)
    {
        std::vector<int> prev(std::size_t(b.size()) + 1);
        std::vector<int> cur(prev.size());
        for (std::size_t j = 0; j < prev.size(); ++j) {
            prev[j] = int(j);
        }
        for (qsizetype i = 1; i <= a.size(); ++i) {
            cur[0] = int(i);
            for (qsizetype j = 1; j <= b.size(); ++j) {
                cur[std::size_t(j)] = std::min({prev[std::size_t(j)] + 1, cur[std::size_t(j - 1)] + 1,
                                                prev[std::size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            }
            std::swap(prev, cur);
        }
        return prev.back();
    }

    const QString& m_src;
    qsizetype m_pos = 0;
    Token m_tok;
    bool m_failed = false;
    ExpressionError m_error;
    Expression m_out; // built here and moved out once: run() is called once per parser
};

tl::expected<Expression, ExpressionError> Expression::parse(const QString& source)
{
    if (source.trimmed().isEmpty()) {
        return tl::unexpected(ExpressionError{1, Tr::tr("the expression is empty")});
    }
    return ExpressionParser(source).run();
}

namespace {

Value evaluateNode(const std::vector<Expression::Node>& nodes, int index, const Profile& profile)
{
    const Expression::Node& n = nodes[std::size_t(index)];
    Value v;
    switch (n.kind) {
    case Expression::Kind::Number:
        v.number = n.number;
        return v;
    case Expression::Kind::Boolean:
        v.boolean = n.boolean;
        return v;
    case Expression::Kind::String:
        v.string = n.string;
        return v;
    case Expression::Kind::List:
        v.list = &n.strings;
        return v;
    case Expression::Kind::Field:
        return fieldValue(n.field, profile);
    case Expression::Kind::Not:
        v.boolean = !evaluateNode(nodes, n.lhs, profile).boolean;
        return v;
    case Expression::Kind::And:
        v.boolean = evaluateNode(nodes, n.lhs, profile).boolean && evaluateNode(nodes, n.rhs, profile).boolean;
        return v;
    case Expression::Kind::Or:
        v.boolean = evaluateNode(nodes, n.lhs, profile).boolean || evaluateNode(nodes, n.rhs, profile).boolean;
        return v;
    case Expression::Kind::Compare: {
        const Value a = evaluateNode(nodes, n.lhs, profile);
        const Value b = evaluateNode(nodes, n.rhs, profile);
        const ValueType type = nodes[std::size_t(n.lhs)].type;
        int order = 0;
        if (type == ValueType::Number) {
            order = a.number < b.number ? -1 : (a.number > b.number ? 1 : 0);
        } else if (type == ValueType::String) {
            order = a.string == b.string ? 0 : 1;
        } else {
            order = a.boolean == b.boolean ? 0 : 1;
        }
        switch (n.op) {
        case Expression::Op::Eq:
            v.boolean = order == 0;
            break;
        case Expression::Op::Ne:
            v.boolean = order != 0;
            break;
        case Expression::Op::Lt:
            v.boolean = order < 0;
            break;
        case Expression::Op::Le:
            v.boolean = order <= 0;
            break;
        case Expression::Op::Gt:
            v.boolean = order > 0;
            break;
        case Expression::Op::Ge:
            v.boolean = order >= 0;
            break;
        }
        return v;
    }
    case Expression::Kind::In: {
        const Value item = evaluateNode(nodes, n.lhs, profile);
        const Expression::Node& listNode = nodes[std::size_t(n.rhs)];
        if (listNode.kind == Expression::Kind::List && nodes[std::size_t(n.lhs)].type == ValueType::Number) {
            v.boolean =
                std::find(listNode.numbers.begin(), listNode.numbers.end(), item.number) != listNode.numbers.end();
            return v;
        }
        const Value list = evaluateNode(nodes, n.rhs, profile);
        v.boolean = list.list && list.list->contains(item.string);
        return v;
    }
    }
    return v;
}

} // namespace

bool Expression::evaluate(const Profile& profile) const
{
    if (m_root < 0) {
        return false;
    }
    return evaluateNode(m_nodes, m_root, profile).boolean;
}

QStringList Expression::fields() const
{
    QStringList out;
    for (const Node& n : m_nodes) {
        if (n.kind == Kind::Field) {
            const QString& name = profileFields()[std::size_t(n.field)].name;
            if (!out.contains(name)) {
                out.append(name);
            }
        }
    }
    return out;
}

} // namespace mamori
