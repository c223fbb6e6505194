using Microsoft.AspNetCore.Authorization;

namespace Gateway.Authorization;

/// <summary>
/// Any authenticated role reads every service; a call that changes something (any method but
/// GET and HEAD) needs the role that owns the route's cluster. A cluster with no owner takes no
/// writes at all, so a new route is closed until someone names its team.
/// </summary>
public sealed class TeamWritesRequirement(IReadOnlyDictionary<string, string> writerByCluster) : IAuthorizationRequirement
{
    public IReadOnlyDictionary<string, string> WriterByCluster { get; } = writerByCluster;
}
