namespace WebApp.Gateway;

/// <summary>Where one page of a list stands: enough for a pager, whatever the items are.</summary>
public interface IListPosition
{
    int Page { get; }

    int PageSize { get; }

    int TotalCount { get; }

    int PageCount { get; }

    bool HasPrevious { get; }

    bool HasNext { get; }
}

/// <summary>One page of a list as every platform API answers it: the items, where they are, how many there are in all.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount) : IListPosition
{
    public int PageCount => PageSize < 1 ? 1 : Math.Max(1, (int)Math.Ceiling(TotalCount / (double)PageSize));

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;
}
