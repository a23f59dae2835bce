using System.Linq.Expressions;

namespace CountryRelations.Paging;

/// <summary>
/// A keyset position of lists ordered by a date and a number (effective date and sequence, or id): "past the cursor"
/// written once, for lists read in memory and for lists read by SQL.
/// </summary>
public readonly record struct DatedKey(DateOnly Date, long Number)
{
    /// <summary>True when an item keyed (<paramref name="date"/>, <paramref name="number"/>) lies past this key in reading order.</summary>
    public bool IsPassedBy(DateOnly date, long number, bool descending) =>
        descending
            ? date < Date || date == Date && number < Number
            : date > Date || date == Date && number > Number;

    /// <summary>The same test as a query predicate over <typeparamref name="T"/>'s key columns (the key travels as parameters).</summary>
    public Expression<Func<T, bool>> PassedBy<T>(Expression<Func<T, DateOnly>> date, Expression<Func<T, long>> number, bool descending)
    {
        var item = date.Parameters[0];
        var itemDate = date.Body;
        var itemNumber = new Rebind(number.Parameters[0], item).Visit(number.Body);
        var key = Expression.Constant(new Holder(Date, Number));
        var keyDate = Expression.Field(key, nameof(Holder.Date));
        var keyNumber = Expression.Field(key, nameof(Holder.Number));
        var body = descending
            ? Expression.OrElse(Expression.LessThan(itemDate, keyDate), Expression.AndAlso(Expression.Equal(itemDate, keyDate), Expression.LessThan(itemNumber, keyNumber)))
            : Expression.OrElse(Expression.GreaterThan(itemDate, keyDate), Expression.AndAlso(Expression.Equal(itemDate, keyDate), Expression.GreaterThan(itemNumber, keyNumber)));
        return Expression.Lambda<Func<T, bool>>(body, item);
    }

    // A closure-shaped holder: EF Core sends fields of a captured object as parameters, so the statement text stays
    // the same for every cursor (and stays prepared), where constants would be inlined into it.
    private sealed class Holder(DateOnly date, long number)
    {
        public readonly DateOnly Date = date;
        public readonly long Number = number;
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
