#pragma once

#include "core/profile.h"

#include <QString>
#include <QStringList>

#include <tl/expected.hpp>

#include <vector>

namespace mamori {

// A parse or type error in an applicability expression; `column` is 1-based inside the expression.
struct ExpressionError
{
    int column = 0;
    QString message;
};

enum class ValueType
{
    Number,
    Boolean,
    String,
    StringList
};

// A profile field that expressions may name, with its type and, for strings and lists, the values
// it can take (so `tier == "tiny"` is caught when the pack loads, not silently false at run time).
struct ProfileField
{
    QString name;
    ValueType type = ValueType::Boolean;
    QStringList allowed;
};

const std::vector<ProfileField>& profileFields();

// The applicability expression language of DESIGN.md: numbers, booleans, strings, comparison, &&, ||,
// !, parentheses and `in [..]`, over profile fields. Parsed and type-checked once; evaluation is pure
// and cannot fail. Nesting is bounded (MaxDepth) and so is length (MaxLength).
class Expression
{
public:
    static constexpr int MaxDepth = 32;
    static constexpr int MaxLength = 1000;

    static tl::expected<Expression, ExpressionError> parse(const QString& source);

    bool evaluate(const Profile& profile) const;
    const QString& source() const { return m_source; }
    // The profile fields the expression reads, without duplicates, in order of appearance.
    QStringList fields() const;

    enum class Kind : quint8
    {
        Number,
        Boolean,
        String,
        List,
        Field,
        Not,
        And,
        Or,
        Compare,
        In
    };
    enum class Op : quint8
    {
        Eq,
        Ne,
        Lt,
        Le,
        Gt,
        Ge
    };
    struct Node
    {
        Kind kind = Kind::Boolean;
        ValueType type = ValueType::Boolean;
        Op op = Op::Eq;
        bool boolean = false;
        double number = 0;
        int field = -1;
        int lhs = -1;
        int rhs = -1;
        QString string;
        QStringList strings;
        std::vector<double> numbers;
    };

private:
    friend class ExpressionParser;
    QString m_source;
    std::vector<Node> m_nodes;
    int m_root = -1;
};

} // namespace mamori
