using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnerLiaison.Http;
using PartnerLiaison.Organisations;
using PartnerLiaison.Persistence;
using Platform.Contracts.Partners;
using Platform.ServiceDefaults.Messaging.Outbox;
using Platform.ServiceDefaults.Validation;

namespace PartnerLiaison.Engagements;

public static partial class EngagementsApi
{
    private static async Task<Results<Ok<EngagementDto>, ValidationProblem, NotFound, ProblemHttpResult>> ReviseAsync(
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
            return Problems.Conflict("The engagement is withdrawn.", $"Engagement {id} was withdrawn and no longer changes.");
        }

        if (engagement.Version != expected)
        {
            return Problems.StaleVersion($"Engagement {id}", engagement.Version, expected.Value);
        }

        engagement.Apply(details, clock.GetUtcNow().UtcDateTime);
        outbox.Publish(new EngagementRevised { Engagement = EngagementEvents.Snapshot(engagement) });
        if (await SaveAsync(db, engagement, context, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Ok(EngagementDto.From(engagement));
    }

    private static async Task<Results<NoContent, ValidationProblem, NotFound, ProblemHttpResult>> WithdrawAsync(
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
            return TypedResults.NoContent();
        }

        if (expected is not null && expected != engagement.Version)
        {
            return Problems.StaleVersion($"Engagement {id}", engagement.Version, expected.Value);
        }

        engagement.Withdrawn = true;
        engagement.Version++;
        engagement.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        outbox.Publish(new EngagementWithdrawn { Engagement = EngagementEvents.Snapshot(engagement) });
        if (await SaveAsync(db, engagement, context, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        return TypedResults.NoContent();
    }

    /// <summary>Saves, answering 409 when someone else changed the engagement since it was read.</summary>
    private static async Task<ProblemHttpResult?> SaveAsync(
        PartnerLiaisonDbContext db, Engagement engagement, HttpContext context, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict("The version is stale.", $"Engagement {engagement.Id} changed meanwhile: read it again and reapply your change.");
        }

        context.Response.Headers.ETag = ExpectedVersion.Tag(engagement.Version);
        return null;
    }
}
