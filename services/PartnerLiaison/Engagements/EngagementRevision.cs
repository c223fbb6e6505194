namespace PartnerLiaison.Engagements;

/// <summary><c>PUT /api/partners/engagements/{id}</c>: revising an engagement, naming the version it changes.</summary>
internal static class EngagementRevision
{
    public static async Task<Results<Ok<EngagementDto>, ValidationProblem, NotFound, ProblemHttpResult>> ReviseAsync(
        Guid id, EngagementRequest request, PartnerLiaisonDbContext db, IOutbox outbox, TimeProvider clock,
        HttpContext context, CancellationToken cancellationToken)
    {
        var engagement = await db.Engagements.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (engagement is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors();
        var details = request.Validate(errors);
        var expected = ExpectedVersion.Read(context.Request, request.Version, errors);
        if (details is not null)
        {
            await PartnerReferences.CheckAsync(db, errors, "partners", details.Partners, cancellationToken, engagement.Partners);
        }

        if (details is null || expected is null || !errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (engagement.Withdrawn)
        {
            return Conflicts.StaleVersion(engagement.Version, withdrawn: true);
        }

        if (engagement.Version != expected)
        {
            return Conflicts.StaleVersion(engagement.Version);
        }

        engagement.Apply(details, clock.GetUtcNow().UtcDateTime);
        outbox.Publish(new EngagementRevised { Engagement = EngagementEvents.Snapshot(engagement) });
        if (await db.SaveVersionedAsync(token => EngagementsApi.StoredVersionAsync(db, id, token), cancellationToken) is { } conflict)
        {
            return conflict;
        }

        context.Response.Headers.ETag = ExpectedVersion.ETag(engagement.Version);
        return TypedResults.Ok(EngagementDto.From(engagement));
    }
}
