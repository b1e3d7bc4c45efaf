#pragma once

#include <QJsonValue>
#include <QString>

#include <memory>
#include <vector>

namespace stint::query {

// One node of a parsed query. Children by kind:
//   Literal: none (value)            Variable: none (name)
//   List: the elements               Dict: the values (keys in `keys`)
//   Call: the arguments (name)       Binary: left, right (op in `name`: + - * / % ==)
//   Negate: the operand              Assign: the value (name)
//   Return: the value                Block: the statements
//   If: condition, Block, condition, Block, ... (an `else` has a true Literal as condition)
struct Node
{
    enum class Kind { Literal, Variable, List, Dict, Call, Binary, Negate, Assign, Return, Block, If };

    Kind kind = Kind::Literal;
    int line = 0;
    int column = 0;
    QString name;
    QJsonValue value;
    std::vector<QString> keys;
    std::vector<std::unique_ptr<Node>> children;
};

using NodePtr = std::unique_ptr<Node>;

} // namespace stint::query
