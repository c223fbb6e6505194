namespace PartnerLiaison.Engagements;

/// <summary>
/// <c>DELETE /api/partners/engagements/{id}</c>: withdrawing an engagement once. A repeat
/// answers the withdrawn engagement again, with no new version or event.
/// </summary>
internal static class EngagementWithdrawal
{
    public static async Task<Results<Ok<EngagementDto>, ValidationProblem, NotFound, ProblemHttpResult>> WithdrawAsync(
        Guid id, PartnerLiaisonDbContext db, IOutbox outbox, TimeProvider clock,
        HttpContext context, CancellationToken cancellationToken)
    {
        var engagement = await db.Engagements.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (engagement is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors();
        var expected = ExpectedVersion.Read(context.Request, bodyVersion: null, errors, required: false);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (engagement.Withdrawn)
        {
            return Withdrawn(context, engagement);
        }

        if (expected is not null && expected != engagement.Version)
        {
            return Conflicts.StaleVersion(engagement.Version);
        }

        engagement.Withdrawn = true;
        engagement.Version++;
        engagement.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        outbox.Publish(new EngagementWithdrawn { Engagement = EngagementEvents.Snapshot(engagement) });
        var saved = await ConcurrentSave.TrySaveAsync(db, cancellationToken);

        // Answered from the store, as a repeat is, so that both answers are the same to the byte.
        // When a concurrent request came first and withdrew it, this is the same request, answered as when it comes second.
        var current = await db.Engagements.AsNoTracking().FirstAsync(e => e.Id == id, cancellationToken);
        return saved || current.Withdrawn ? Withdrawn(context, current) : Conflicts.StaleVersion(current.Version);
    }

    private static Ok<EngagementDto> Withdrawn(HttpContext context, Engagement engagement)
    {
        context.Response.Headers.ETag = ExpectedVersion.ETag(engagement.Version);
        return TypedResults.Ok(EngagementDto.From(engagement));
    }
}
