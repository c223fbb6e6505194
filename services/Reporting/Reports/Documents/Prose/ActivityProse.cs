using System.Text;

namespace Reporting.Reports.Documents.Prose;

/// <summary>
/// One activity as a paragraph of the report: when, by whom and for which conventions, what
/// (its type and title), with which partners, its description as entered, its outputs, the SDG
/// targets it serves and whether it depends on resources. Each sentence is a template of the
/// document's language filled with the activity's data; a fact the data does not hold is left out,
/// never guessed.
/// </summary>
internal sealed class ActivityProse(ProseWording wording, IReadOnlyDictionary<string, string> partnerNames)
{
    // Every paragraph of a document is written into this one builder, sentence by sentence.
    private readonly StringBuilder builder = new();

    public string Paragraph(ReportActivity activity)
    {
        var strings = wording.Strings;
        var language = wording.Language;
        var separator = strings["SentenceSeparator"];
        var status = strings.Find(wording.Name("ActivitySingle", activity.Status)) is null ? "completed" : activity.Status;
        var joint = activity.Conventions.Count > 1;
        var text = builder.Clear().AppendFormat(
            language,
            strings.Template(wording.Name(joint ? "ActivityJoint" : "ActivitySingle", status)),
            When(activity),
            wording.Label("ActivityType", activity.Type) is var type && type != activity.Type ? type : strings["ActivityType_other"],
            activity.Title.Trim(),
            joint ? wording.JointConventions(activity.Conventions) : wording.Convention(activity.Conventions.FirstOrDefault() ?? activity.Source.Service),
            Partners(activity));

        if (activity.Description.Trim() is { Length: > 0 } description)
        {
            text.Append(separator).Append(ProseWording.Sentence(description));
        }

        if (activity.Outputs.Count > 0)
        {
            text.Append(separator).AppendFormat(language, strings.Template("ActivityOutputs"), wording.List([.. activity.Outputs.Select(o => o.Trim())]));
        }

        if (activity.SdgTargets.Count > 0)
        {
            text.Append(separator).AppendFormat(
                language, strings.Template(activity.SdgTargets.Count == 1 ? "ActivitySdgOne" : "ActivitySdgMany"), wording.List(activity.SdgTargets));
        }

        if (activity.ResourceDependent)
        {
            text.Append(separator).Append(strings["ActivityResourceDependent"]);
        }

        return text.ToString();
    }

    // An activity with no end date happened on its start date, unless it is still going on or yet to come.
    private string When(ReportActivity activity)
    {
        var strings = wording.Strings;
        var start = activity.Start;
        return activity.End switch
        {
            null when activity.Status == "ongoing" => strings.Format("ActivityWhenSince", wording.Date(start)),
            null when activity.Status == "planned" => strings.Format("ActivityWhenFrom", wording.Date(start)),
            null => strings.Format("ActivityWhenDay", wording.Date(start)),
            { } end when end == start => strings.Format("ActivityWhenDay", wording.Date(start)),
            { } end when end.Year == start.Year && end.Month == start.Month =>
                strings.Format("ActivityWhenRangeSameMonth", wording.Number(start.Day), wording.Date(end), wording.Date(start), wording.Number(end.Day)),
            { } end => strings.Format("ActivityWhenRange", wording.Date(start), wording.Date(end)),
        };
    }

    // The activity holds partner ids; the directory's names are what a reader knows them by.
    private string Partners(ReportActivity activity) =>
        activity.Partners.Count == 0
            ? ""
            : wording.Strings.Format("ActivityPartners", wording.List([.. activity.Partners.Select(id => partnerNames.GetValueOrDefault(id, id))]));
}
