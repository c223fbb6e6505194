namespace PartnerLiaison.Memberships;

/// <summary>
/// Where the Secretariat stands with a body, and where it can go from there. Membership is
/// reached by applying (an invitation is answered by an application); observing is possible at
/// any stage short of membership and after it; an ended standing stays ended, and a new one is
/// recorded as a new membership.
/// </summary>
public static class MembershipStatus
{
    public const string Observer = "observer";
    public const string Invited = "invited";
    public const string Applied = "applied";
    public const string Member = "member";
    public const string Ended = "ended";

    public static IReadOnlyList<string> All { get; } = [Observer, Invited, Applied, Member, Ended];

    /// <summary>The statuses a standing may be first recorded with.</summary>
    public static IReadOnlyList<string> Initial { get; } = [Observer, Invited, Applied, Member];

    private static readonly Dictionary<string, string[]> Next = new(StringComparer.Ordinal)
    {
        [Observer] = [Invited, Applied, Ended],
        [Invited] = [Applied, Observer, Ended],
        [Applied] = [Member, Observer, Ended],
        [Member] = [Observer, Ended],
        [Ended] = [],
    };

    public static IReadOnlyList<string> ReachableFrom(string status) =>
        Next.TryGetValue(status, out var next) ? next : [];

    public static bool CanMove(string from, string to) => ReachableFrom(from).Contains(to);

    /// <summary>Why a move is refused, in words a user can act on.</summary>
    public static string Refusal(string from, string to)
    {
        var reachable = ReachableFrom(from);
        if (from == to)
        {
            return $"The membership is already '{to}'.";
        }

        return reachable.Count == 0
            ? $"The membership has ended; record a new membership instead of moving this one to '{to}'."
            : $"A membership that is '{from}' cannot move to '{to}'; from '{from}' it can move to {string.Join(", ", reachable.Select(s => $"'{s}'"))}.";
    }
}
