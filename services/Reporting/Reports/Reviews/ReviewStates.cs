namespace Reporting.Reports.Reviews;

/// <summary>
/// Where a compiled report stands in its review, apart from its run's <c>state</c>: a
/// <see cref="Draft"/> the compiler edits, <see cref="InReview"/> once submitted, <see cref="Cleared"/>
/// when the three conventions' teams cleared it, <see cref="Issued"/> and frozen for good.
/// </summary>
public static class ReviewStates
{
    public const string Draft = "draft";
    public const string InReview = "in-review";
    public const string Cleared = "cleared";
    public const string Issued = "issued";
}

/// <summary>What a convention's team decides on a submitted report.</summary>
public static class ReviewDecisions
{
    public const string Cleared = "cleared";
    public const string Returned = "returned";

    public static IReadOnlyList<string> All { get; } = [Cleared, Returned];
}

/// <summary>The moves a review allows, as a 409 names them and the history records them.</summary>
public static class ReviewMoves
{
    /// <summary>The compiler changes a section's text (<c>PUT .../sections/{section}</c>).</summary>
    public const string Edit = "edit";

    /// <summary>The compiler submits the draft (<c>POST .../submit</c>).</summary>
    public const string Submit = "submit";

    /// <summary>A convention's team clears or returns it (<c>POST .../reviews</c>).</summary>
    public const string Review = "review";

    /// <summary>The compiler issues the cleared report (<c>POST .../issue</c>).</summary>
    public const string Issue = "issue";

    /// <summary>What can happen next from <paramref name="review"/>; nothing before a run is compiled or after it is issued.</summary>
    public static IReadOnlyList<string> From(string? review) => review switch
    {
        ReviewStates.Draft => [Edit, Submit],
        ReviewStates.InReview => [Review],
        ReviewStates.Cleared => [Issue],
        _ => [],
    };

    /// <summary>The call behind a move, for a person reading a 409.</summary>
    public static string Call(string move, Guid runId) => move switch
    {
        Edit => $"PUT /api/reports/{runId}/sections/{{section}} (report compiler)",
        Submit => $"POST /api/reports/{runId}/submit (report compiler)",
        Review => $"POST /api/reports/{runId}/reviews (each convention's team, for its own convention)",
        Issue => $"POST /api/reports/{runId}/issue (report compiler)",
        _ => move,
    };
}
