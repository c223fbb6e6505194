using Reporting.Reports.Documents.Language;
using Reporting.Reports.Documents.Prose;

namespace Reporting.Reports.Documents;

/// <summary>
/// The prose of the report's annex as editable sections, in document order: the introduction,
/// one section per mandate with activity in the period (the decisions' paragraph order), the
/// mandates without activity and the assistance to Parties. The text is composed from the
/// language's templates and the report's data only, so the same report in the same language
/// always reads the same. Section ids depend on neither the language nor the run:
/// <c>introduction</c>, <c>paragraph-6b</c>, <c>mandates-without-activity</c>, <c>assistance</c>.
/// </summary>
public static class ReportSections
{
    public const string Introduction = "introduction";
    public const string MandatesWithoutActivity = "mandates-without-activity";
    public const string Assistance = "assistance";

    /// <summary>Paragraphs of a section's text are separated by a blank line.</summary>
    public const string ParagraphBreak = "\n\n";

    public static IReadOnlyList<DocumentSection> Compose(ConsolidatedReport report, CultureInfo language) =>
        [.. Composed(report, language).Select(section => section.ToDocumentSection())];

    /// <summary>
    /// The sections with their paragraphs as composed, before they are joined into one text: a
    /// document lays the paragraphs out as they are rather than splitting its own join again.
    /// </summary>
    internal static IReadOnlyList<ComposedSection> Composed(ConsolidatedReport report, CultureInfo language)
    {
        var wording = new ProseWording(new DocumentStrings(language));
        var strings = wording.Strings;
        var partnerNames = report.ActivitiesByPartner
            .GroupBy(group => group.PartnerId, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First().PartnerName, StringComparer.Ordinal);
        var activities = new ActivityProse(wording, partnerNames);
        var byId = new Dictionary<Guid, ReportActivity>(report.Activities.Count);
        foreach (var activity in report.Activities)
        {
            byId.TryAdd(activity.Id, activity);
        }

        // An activity that serves several mandates reads the same under each of them.
        var paragraphs = new Dictionary<Guid, string>(byId.Count);
        var reportBack = ReportBackMandate(report);
        var ids = MandateIds(report.Mandates);

        var sections = new List<ComposedSection>
        {
            new(Introduction, strings["HeadingIntroduction"], [.. IntroductionParagraphs(report, reportBack, wording)]),
        };

        foreach (var (mandate, id) in report.Mandates.Zip(ids).Where(pair => pair.First.ActivityIds.Count > 0))
        {
            var section = new List<string>(mandate.ActivityIds.Count + 1) { MandateParagraph(mandate, wording) };
            foreach (var activityId in mandate.ActivityIds)
            {
                if (byId.TryGetValue(activityId, out var activity))
                {
                    if (!paragraphs.TryGetValue(activityId, out var paragraph))
                    {
                        paragraph = activities.Paragraph(activity);
                        paragraphs.Add(activityId, paragraph);
                    }

                    section.Add(paragraph);
                }
            }

            sections.Add(new ComposedSection(id, MandateTitle(mandate, wording), section));
        }

        sections.Add(new ComposedSection(
            MandatesWithoutActivity, strings["HeadingWithoutActivity"], [.. WithoutActivityParagraphs(report, reportBack, wording)]));
        sections.Add(new ComposedSection(Assistance, strings["HeadingAssistance"], [.. AssistanceParagraphs(report, wording)]));
        return sections;
    }

    /// <summary>The paragraphs of a section's text: split at blank lines, each trimmed, empty ones dropped.</summary>
    public static IReadOnlyList<string> Paragraphs(string text)
    {
        // Most paragraphs are a line of text already, which splitting would only copy.
        if (text.Length > 0 && !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1]) && !text.AsSpan().ContainsAny('\r', '\n'))
        {
            return [text];
        }

        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            .Split(ParagraphBreak, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>
    /// The mandate the report answers: the one that asks to report back, a "report" mandate
    /// first. The introduction quotes it; among the mandates without activity it is the one the
    /// present report responds to.
    /// </summary>
    internal static ReportMandate? ReportBackMandate(ConsolidatedReport report) =>
        report.Mandates.Where(m => m.ReportBack is { Length: > 0 }).OrderBy(m => m.Kind == "report" ? 0 : 1).FirstOrDefault();

    /// <summary>
    /// <c>paragraph-6b</c> from the first reference; when two mandates of different decisions share
    /// a paragraph, each id names its decision too (<c>bc-14-21-paragraph-6b</c>).
    /// </summary>
    internal static IReadOnlyList<string> MandateIds(IReadOnlyList<ReportMandate> mandates)
    {
        var places = mandates.Select(m => MandatePlace.Of(m.References.Count > 0 ? m.References[0] : m.Key)).ToList();
        var shared = places.GroupBy(p => p.Token).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal) { Introduction, MandatesWithoutActivity, Assistance };
        var ids = new List<string>(places.Count);
        foreach (var place in places)
        {
            var id = shared.Contains(place.Token) && place.Decision.Length > 0
                ? $"{MandatePlace.Slug(place.Decision)}-paragraph-{place.Token}"
                : $"paragraph-{place.Token}";
            // Two mandates with the same reference cannot come from the compiler; should the
            // report hold them anyway, the later one is told apart by its position.
            var unique = id;
            for (var n = 2; !taken.Add(unique); n++)
            {
                unique = $"{id}-{n.ToString(CultureInfo.InvariantCulture)}";
            }

            ids.Add(unique);
        }

        return ids;
    }

    internal static string MandateTitle(ReportMandate mandate, ProseWording wording)
    {
        var strings = wording.Strings;
        var text = mandate.Text;
        var template = strings.Find($"Subject_{mandate.Kind}") is null ? "Subject_other" : $"Subject_{mandate.Kind}";
        var (verb, rest) = MandateRequest.SubjectParts(text, withPartner: mandate.Kind == "cooperate");
        var action = MandateRequest.SubjectParts(text, withPartner: false) is var whole && whole.Verb.Length > 0
            ? $"{whole.Verb} {whole.Remainder}".Trim()
            : "";
        var subject = strings.Format(template, rest, action, verb).Trim();
        if (subject.Length == 0)
        {
            subject = strings["Subject_none"];
        }

        var place = MandatePlace.Of(mandate.References.Count > 0 ? mandate.References[0] : mandate.Key);
        return strings.Format("MandateTitle", char.ToUpper(subject[0], wording.Language) + subject[1..], place.Paragraph);
    }

    private static string MandateParagraph(ReportMandate mandate, ProseWording wording) =>
        wording.Strings.Format(
            "MandateRequested",
            wording.References(mandate.References.Count > 0 ? mandate.References : [mandate.Key]),
            wording.ConferencesRequested(mandate.References.Count),
            wording.Quote(MandateRequest.Quote(mandate.Text)));

    private static IEnumerable<string> IntroductionParagraphs(ConsolidatedReport report, ReportMandate? reportBack, ProseWording wording)
    {
        var strings = wording.Strings;
        yield return reportBack is null
            ? strings.Format("IntroductionNoMandate", wording.Decisions(report.Decisions))
            : strings.Format(
                "IntroductionMandate",
                wording.References(reportBack.References.Count > 0 ? reportBack.References : [reportBack.Key]),
                wording.ConferencesRequested(reportBack.References.Count),
                wording.Quote(MandateRequest.Quote(reportBack.Text)));
        yield return strings.Format("IntroductionPeriod", wording.Date(report.From), wording.Date(report.To));
        if (report.MissingSources.Count > 0)
        {
            yield return strings.Format("IntroductionPartial", wording.List([.. report.MissingSources.Select(source => wording.Label("Source", source))]));
        }
    }

    private static IEnumerable<string> WithoutActivityParagraphs(ConsolidatedReport report, ReportMandate? reportBack, ProseWording wording)
    {
        var strings = wording.Strings;
        if (report.Mandates.Count == 0)
        {
            yield return strings["WithoutActivityNoMandates"];
            yield break;
        }

        var superseded = report.MandateCoverage.Where(c => c.ActivityCount == 0 && !c.Flagged).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var without = report.Mandates.Where(m => m.ActivityIds.Count == 0).ToList();
        if (without.Count == 0)
        {
            yield return strings["WithoutActivityNone"];
            yield break;
        }

        yield return strings["WithoutActivityIntroduction"];
        foreach (var mandate in without)
        {
            var item = strings.Format(
                "WithoutActivityItem",
                wording.References(mandate.References.Count > 0 ? mandate.References : [mandate.Key]),
                wording.Quote(MandateRequest.Quote(mandate.Text)));
            if (superseded.Contains(mandate.Key))
            {
                item += strings["SentenceSeparator"] + strings["WithoutActivitySuperseded"];
            }
            else if (ReferenceEquals(mandate, reportBack))
            {
                item += strings["SentenceSeparator"] + strings["WithoutActivityThisReport"];
            }

            yield return item;
        }
    }

    private static IEnumerable<string> AssistanceParagraphs(ConsolidatedReport report, ProseWording wording)
    {
        var strings = wording.Strings;
        if (report.Assistance.Count == 0)
        {
            yield return strings["AssistanceNone"];
            yield break;
        }

        foreach (var request in report.Assistance)
        {
            var status = strings.Find($"AssistanceRequest_{request.Status}") is null ? "open" : request.Status;
            if (status == "closed" && request.ClosedOn is null)
            {
                status = "closed-undated";
            }

            var sentences = new List<string>
            {
                strings.Format(
                    $"AssistanceRequest_{status}",
                    wording.Date(request.ReceivedOn),
                    request.Party.Trim(),
                    wording.Convention(request.Convention),
                    request.Subject.Trim(),
                    request.ClosedOn is { } closed ? wording.Date(closed) : ""),
            };
            if (request.Outcome?.Trim() is { Length: > 0 } outcome)
            {
                sentences.Add(strings.Format("AssistanceOutcome", wording.Quote(outcome)));
            }

            if (request.Mandate?.Trim() is { Length: > 0 } mandate)
            {
                sentences.Add(strings.Format("AssistanceMandate", wording.References([mandate])));
            }

            yield return string.Join(strings["SentenceSeparator"], sentences);
        }
    }

}

/// <summary>
/// A section as <see cref="ReportSections"/> composes it: its paragraphs joined by blank lines are
/// its <see cref="DocumentSection.Text"/>. Splitting each paragraph with
/// <see cref="ReportSections.Paragraphs"/> gives what splitting that text gives (a description
/// with a blank line in it is two paragraphs either way), without joining a section of a hundred
/// thousand activities into one string to split it again.
/// </summary>
internal sealed record ComposedSection(string Id, string Title, IReadOnlyList<string> Paragraphs)
{
    public DocumentSection ToDocumentSection() => new(Id, Title, string.Join(ReportSections.ParagraphBreak, Paragraphs));
}
