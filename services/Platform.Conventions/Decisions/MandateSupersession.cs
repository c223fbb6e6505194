using Platform.Contracts.Decisions;
using Platform.Conventions.Decisions.Parsing;

namespace Platform.Conventions.Decisions;

/// <summary>
/// <c>POST /api/{convention}/mandates/supersede</c> with <c>{"reference", "supersededBy"}</c>:
/// a later decision of the same convention replaced the request. A mandate is superseded once:
/// the same supersession again answers 200, another one 409 naming the one recorded. (References
/// hold a slash and a space, so they travel in the body rather than the path.)
/// </summary>
public static class MandateSupersession
{
    /// <summary>The length of the mandate reference and superseding symbol columns.</summary>
    public const int MandateReferenceMaxLength = 60;

    public static IEndpointRouteBuilder MapMandateSupersession(this IEndpointRouteBuilder endpoints, ConventionProfile profile)
    {
        endpoints.MapPost($"{profile.RoutePrefix}/mandates/supersede", SupersedeAsync)
            .RequireAuthorization(ConventionPolicies.Write).WithTags("Decisions").WithName($"{profile.Name}-supersede-mandate")
            .WithSummary("Mark a mandate as superseded by a later decision")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return endpoints;
    }

    private static async Task<Results<Ok<MandateStatusDto>, ValidationProblem, NotFound, ProblemHttpResult>> SupersedeAsync(
        SupersedeMandateRequest request, ConventionProfile profile, ConventionDbContext db, IOutbox outbox, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var referenceText = errors.SingleLine("reference", request.Reference, MandateReferenceMaxLength, required: true);
        var supersededBy = errors.SingleLine("supersededBy", request.SupersededBy, MandateReferenceMaxLength, required: true);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var reference = MandateReferenceText.Normalize(referenceText!);
        var mandate = await db.Mandates.FirstOrDefaultAsync(m => m.Reference == reference, cancellationToken);
        if (mandate is null)
        {
            return TypedResults.NotFound();
        }

        var by = DecisionSymbol.TryParse(supersededBy!, out var symbol) ? symbol!.Value : supersededBy!;
        if (by == mandate.DecisionSymbol || !await db.Decisions.AnyAsync(d => d.Symbol == by, cancellationToken))
        {
            errors.Add("supersededBy", $"'{request.SupersededBy}' is not another imported decision of this convention.");
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (mandate.SupersededBy is null)
        {
            mandate.SupersededBy = by;
            outbox.Publish(new MandateSuperseded
            {
                Convention = profile.Name,
                Reference = mandate.Reference,
                SupersededBy = by,
                SupersededAt = clock.GetUtcNow(),
            });
            if (!await ConcurrentSave.TrySaveAsync(db, cancellationToken))
            {
                // Another supersession was stored first; answer from it.
                mandate = await db.Mandates.AsNoTracking().FirstAsync(m => m.Reference == reference, cancellationToken);
            }
        }

        // The same supersession again is no new decision: it answers what is recorded.
        if (mandate.SupersededBy != by)
        {
            return Conflicts.Because(
                "Already superseded.", $"{mandate.Reference} was superseded by {mandate.SupersededBy}.",
                new Dictionary<string, object?> { ["supersededBy"] = mandate.SupersededBy });
        }

        var activities = await db.Activities.CountAsync(a => !a.Withdrawn && a.Mandates.Contains(mandate.Reference), cancellationToken);
        return TypedResults.Ok(MandateStatusDto.From(mandate, "superseded", activities));
    }
}

public sealed record SupersedeMandateRequest(string? Reference, string? SupersededBy);
