using Platform.ServiceDefaults.Validation;

namespace Platform.ServiceDefaults.Http;

/// <summary>One page of a list, with what a client needs to ask for the next.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount);

/// <summary>
/// Lists page with <c>page</c> (from 1) and a bounded <c>pageSize</c>. Any page a client can
/// name is answered: one past the end is empty, never the first page again.
/// </summary>
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

        CheckPageSize(errors, pageSize);
    }

    /// <summary>For lists that show the first items only, and so take no <c>page</c>.</summary>
    public static void CheckPageSize(ValidationErrors errors, int pageSize)
    {
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
        var items = await ordered.Page(page, pageSize).ToListAsync(cancellationToken);
        return new ListPage<TItem>(items.Select(map).ToList(), page, pageSize, total);
    }

    /// <summary>The rows of one page of an already ordered query, for a list that counts its total another way.</summary>
    public static IQueryable<TEntity> Page<TEntity>(this IQueryable<TEntity> ordered, int page, int pageSize) =>
        ordered.Skip(Skip(page, pageSize)).Take(pageSize);

    // In long: (page - 1) * pageSize in int wraps for a large page, and a wrapped skip answers the first page again.
    // No list holds int.MaxValue rows, so a skip held there is past the end.
    private static int Skip(int page, int pageSize) => (int)Math.Clamp((long)(page - 1) * pageSize, 0, int.MaxValue);
}
