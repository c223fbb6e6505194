using System.Security.Claims;
using Reporting.Reports.Runs;

namespace Reporting.Reports.Reviews;

/// <summary>
/// Stores one move of a run's review together with its step in the history. Every move counts on
/// the run's <see cref="ReportRun.ReviewVersion"/> (a concurrency token), so of two moves made at
/// once one is stored and the other is decided again on what the first left: a second clearance
/// is still a clearance, a second submission is refused, an edit after a submission too.
/// </summary>
internal static class ReviewMoveStore
{
    /// <summary>How many times a move is decided again before its caller is asked to retry.</summary>
    public const int Attempts = 5;

    /// <summary>False when another move was stored first: the context is then cleared, so the caller reads the run again and decides anew.</summary>
    public static Task<bool> TryStoreAsync(
        ReportingDbContext db, ReportRun run, ReviewOutcome.Moved moved, string action, ClaimsPrincipal user, string role, DateTime at,
        CancellationToken cancellationToken, string? convention = null, string? section = null, IEnumerable<ReviewComment>? comments = null)
    {
        db.ReviewSteps.Add(new ReviewStep
        {
            RunId = run.Id,
            Action = action,
            Who = user.Who(),
            Role = role,
            At = at,
            From = moved.From,
            To = moved.To,
            Round = run.ReviewRound,
            Convention = convention,
            Section = section,
            Comments = comments?.ToList() ?? [],
        });
        run.Review = moved.To;
        run.ReviewVersion++;
        return ConcurrentSave.TrySaveAsync(db, cancellationToken);
    }
}
