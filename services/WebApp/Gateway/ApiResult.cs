namespace WebApp.Gateway;

/// <summary>The answer to one call through the gateway: the value and its version, or the problem.</summary>
public sealed record ApiResult<T>(T? Value, ApiProblem? Problem, string? ETag = null)
{
    public bool IsSuccess => Problem is null;

    /// <summary>The version the <c>ETag</c> header names (<c>"3"</c> or <c>W/"3"</c>), for the next <c>If-Match</c>.</summary>
    public int? Version => ETag is { } tag && int.TryParse(tag.Replace("W/", "", StringComparison.Ordinal).Trim('"'), out var version) ? version : null;
}
