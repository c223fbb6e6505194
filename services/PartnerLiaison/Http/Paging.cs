using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Validation;

namespace PartnerLiaison.Http;

/// <summary>One page of a list, with what a client needs to ask for the next.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount);

public static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public static void Check(ValidationErrors errors, int page, int pageSize)
    {
        if (page < 1)
        {
            errors.Add("page", "'page' starts at 1.");
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", $"'pageSize' must be between 1 and {MaxPageSize}.");
        }
    }

    /// <summary>Counts and reads one page of an already ordered query.</summary>
    public static async Task<ListPage<TItem>> ToPageAsync<TEntity, TItem>(
        this IQueryable<TEntity> ordered, int page, int pageSize, Func<TEntity, TItem> map, CancellationToken cancellationToken)
    {
        var total = await ordered.CountAsync(cancellationToken);
        var skip = (int)Math.Min(int.MaxValue, (long)(page - 1) * pageSize);
        var items = await ordered.Skip(skip).Take(pageSize).ToListAsync(cancellationToken);
        return new ListPage<TItem>(items.Select(map).ToList(), page, pageSize, total);
    }
}
