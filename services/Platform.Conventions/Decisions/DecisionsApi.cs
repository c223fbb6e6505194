using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Platform.Contracts.Decisions;
using Platform.Conventions.Decisions.Parsing;
using Platform.ServiceDefaults.Text;

namespace Platform.Conventions.Decisions;

/// <summary>
/// <c>POST /api/{convention}/decisions</c> takes a decision's text (<c>text/plain</c>) as the
/// Secretariat publishes it, parses it and stores it with its mandates. Without a heading line
/// the symbol (and title) come as query parameters. The same symbol again is 409 unless the text
/// is identical, which returns the stored decision.
/// </summary>
public static class DecisionsApi
{
    /// <summary>Decision texts run to tens of kilobytes; this leaves ample room and still bounds a request.</summary>
    public const long MaxTextBytes = 1024 * 1024;

    public static RouteGroupBuilder MapDecisionsApi(this IEndpointRouteBuilder endpoints, ConventionProfile profile)
    {
        var group = endpoints.MapGroup($"{profile.RoutePrefix}/decisions").WithTags("Decisions");
        group.MapPost("/", ImportAsync).RequireAuthorization(ConventionPolicies.Write)
            .Accepts<string>("text/plain").WithName($"{profile.Name}-import-decision")
            .WithSummary("Import a decision from its text")
            .WithDescription(
                "The body is the decision's text (text/plain) as the Secretariat publishes it; without a heading line, " +
                "name the symbol (and title) in the query. 201 with its paragraphs and mandates, 200 when the identical " +
                "text is already imported, 409 for another text under the same symbol, 400 with the line the parser stopped at.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapGet("/", ListAsync).WithName($"{profile.Name}-list-decisions").WithSummary("List the imported decisions");
        group.MapGet("/{**symbol}", GetAsync).WithName($"{profile.Name}-get-decision")
            .WithSummary("Get a decision with its paragraphs and mandates")
            .WithDescription("The symbol as printed, slash included: decisions/BC-14/21.");
        return group;
    }

    private static async Task<Results<Created<DecisionDocument>, Ok<DecisionDocument>, ValidationProblem, ProblemHttpResult>> ImportAsync(
        HttpRequest request, ConventionProfile profile, ConventionDbContext db, IOutbox outbox, TimeProvider clock,
        CancellationToken cancellationToken, string? symbol = null, string? title = null)
    {
        if (!request.HasTextPlainBody())
        {
            return TypedResults.Problem(
                title: "Send the decision as text/plain.", detail: "The body must be the decision's text with Content-Type text/plain.",
                statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        var text = await request.ReadTextAsync(MaxTextBytes, cancellationToken);
        if (text is null)
        {
            return TypedResults.Problem(
                title: "The decision text is too large.", detail: $"Send at most {MaxTextBytes / 1024} KiB.",
                statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        if (DecisionImportErrors.CheckCharacters(text) is { } unacceptable)
        {
            return unacceptable;
        }

        text = PlatformText.Normalize(text);
        var result = DecisionParser.Parse(text, symbol, title);
        if (result.Decision is not { } parsed)
        {
            return DecisionImportErrors.Unreadable(result.Error!);
        }

        if ((DecisionImportErrors.CheckSymbol(parsed, profile, symbol) ?? DecisionImportErrors.CheckTitle(parsed)) is { } wrongHeading)
        {
            return wrongHeading;
        }

        var hash = Hash(text);
        var existing = await db.Decisions.AsNoTracking().FirstOrDefaultAsync(d => d.Symbol == parsed.Symbol.Value, cancellationToken);
        if (existing is not null)
        {
            return AlreadyImported(existing, hash);
        }

        var document = DecisionDocument.From(parsed);
        var decision = new Decision
        {
            Symbol = parsed.Symbol.Value,
            Title = parsed.Title,
            Meeting = parsed.Symbol.Meeting,
            Text = text,
            TextHash = hash,
            DocumentJson = JsonSerializer.Serialize(document, JsonSerializerOptions.Web),
            ImportedAt = clock.GetUtcNow().UtcDateTime,
            Mandates = parsed.Mandates.Select(m => new Mandate
            {
                Reference = m.Reference,
                DecisionSymbol = parsed.Symbol.Value,
                Paragraph = m.Paragraph,
                Subparagraph = m.Subparagraph,
                Verb = m.Verb,
                Kind = m.Kind,
                Addressee = m.Addressee,
                Text = m.Text,
                Conditions = [.. m.Conditions],
                ReportBackBody = m.ReportBack?.Body,
                ReportBackWhen = m.ReportBack?.When,
            }).ToList(),
        };
        db.Decisions.Add(decision);
        outbox.Publish(DecisionEvents.Imported(decision, profile.Name));
        if (!await ConcurrentSave.TrySaveAsync(db, cancellationToken))
        {
            // The same symbol was imported by a concurrent request; answer as if it had come first.
            existing = await db.Decisions.AsNoTracking().FirstAsync(d => d.Symbol == decision.Symbol, cancellationToken);
            return AlreadyImported(existing, hash);
        }

        return TypedResults.Created($"{profile.RoutePrefix}/decisions/{decision.Symbol}", document);
    }

    private static async Task<Results<Ok<ListPage<DecisionSummary>>, ValidationProblem>> ListAsync(
        ConventionDbContext db, CancellationToken cancellationToken, int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        var errors = new ValidationErrors();
        Paging.Check(errors, page, pageSize);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return TypedResults.Ok(await db.Decisions.AsNoTracking()
            .OrderBy(d => d.Symbol)
            .Select(d => new DecisionSummary(d.Symbol, d.Title, d.Meeting, d.Mandates.Count, d.ImportedAt))
            .ToPageAsync(page, pageSize, d => d with { ImportedAt = DateTime.SpecifyKind(d.ImportedAt, DateTimeKind.Utc) }, cancellationToken));
    }

    private static async Task<Results<Ok<DecisionDocument>, NotFound>> GetAsync(
        string symbol, ConventionDbContext db, CancellationToken cancellationToken)
    {
        var normalized = DecisionSymbol.TryParse(Uri.UnescapeDataString(symbol), out var parsed) ? parsed!.Value : symbol;
        var decision = await db.Decisions.AsNoTracking().FirstOrDefaultAsync(d => d.Symbol == normalized, cancellationToken);
        return decision is null ? TypedResults.NotFound() : TypedResults.Ok(Read(decision));
    }

    private static Results<Created<DecisionDocument>, Ok<DecisionDocument>, ValidationProblem, ProblemHttpResult> AlreadyImported(
        Decision existing, string hash) =>
        existing.TextHash == hash
            ? TypedResults.Ok(Read(existing))
            : Conflicts.Because("This decision is already imported.",
                $"{existing.Symbol} was imported on {existing.ImportedAt:yyyy-MM-dd} with a different text.");

    private static DecisionDocument Read(Decision decision) =>
        JsonSerializer.Deserialize<DecisionDocument>(decision.DocumentJson, JsonSerializerOptions.Web)!;

    // Line endings do not make two texts different.
    private static string Hash(string text) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim())));
}

public sealed record DecisionSummary(string Symbol, string? Title, string? Meeting, int MandateCount, DateTime ImportedAt);
