using System.Text.Json;
using Reporting.Reports.Documents;
using Reporting.Reports.Model;

namespace Platform.UnitTests.Reports;

public sealed class JsonReportRendererTests
{
    [Fact]
    public async Task Report_round_trips_through_json()
    {
        var original = SampleReport.Build();

        var json = await Rendered.Bytes("json", original);
        var read = JsonSerializer.Deserialize<ConsolidatedReport>(json, JsonReportRenderer.Options)!;

        Assert.Equal(original.Symbol, read.Symbol);
        Assert.Equal(original.From, read.From);
        Assert.Equal(original.MissingSources, read.MissingSources);
        Assert.Equal(original.Activities.Select(a => (a.Id, a.Title, a.Source)), read.Activities.Select(a => (a.Id, a.Title, a.Source)));
        Assert.Equal(original.Activities[0].Conventions, read.Activities[0].Conventions);
        Assert.Equal(
            original.MandateCoverage.Select(m => (m.Key, string.Join(";", m.References), m.ActivityCount, m.Flagged)),
            read.MandateCoverage.Select(m => (m.Key, string.Join(";", m.References), m.ActivityCount, m.Flagged)));
        Assert.Equal(original.Summary.ActivitiesPerConvention, read.Summary.ActivitiesPerConvention);
    }

    [Fact]
    public async Task Json_has_camel_case_names_and_iso_dates()
    {
        using var json = JsonDocument.Parse(await Rendered.Bytes("json"));
        var root = json.RootElement;

        Assert.Equal(SampleReport.Symbol, root.GetProperty("symbol").GetString());
        Assert.Equal("2019-05-11", root.GetProperty("from").GetString());
        var joint = root.GetProperty("activities").EnumerateArray()
            .Single(a => a.GetProperty("id").GetGuid() == SampleReport.JointId);
        Assert.Equal(SampleReport.JointTitle, joint.GetProperty("title").GetString());
        Assert.Equal(["basel", "rotterdam", "stockholm"], joint.GetProperty("conventions").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(2, joint.GetProperty("partners").GetArrayLength());
        Assert.Equal(SampleReport.JointReferences, joint.GetProperty("mandates").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("Basel", joint.GetProperty("source").GetProperty("service").GetString());
        Assert.Equal(3, joint.GetProperty("source").GetProperty("version").GetInt32());
        var flagged = root.GetProperty("mandateCoverage").EnumerateArray().First(m => m.GetProperty("flagged").GetBoolean());
        Assert.Equal(0, flagged.GetProperty("activityCount").GetInt32());
        Assert.Equal(SampleReport.FlaggedReferences, flagged.GetProperty("references").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Document_carries_the_symbols_cover_note_and_each_sections_text_in_its_language()
    {
        var edits = new Dictionary<string, string> { ["assistance"] = "Edited by the compiler." };
        using var json = JsonDocument.Parse(await Rendered.Bytes("json", Rendered.Edition(language: "fr", edits: edits)));
        var document = json.RootElement.GetProperty("document");

        Assert.Equal("fr", document.GetProperty("language").GetString());
        Assert.False(document.GetProperty("draft").GetBoolean());
        Assert.Equal(SampleReport.Symbols, document.GetProperty("symbols").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("Rapport sur la coopération et la coordination internationales", document.GetProperty("title").GetString());
        Assert.Equal("Distr.\u00a0: générale", document.GetProperty("cover").GetProperty("distribution").GetString());
        Assert.Equal(4, document.GetProperty("note").GetArrayLength());
        var sections = document.GetProperty("sections").EnumerateArray().ToList();
        Assert.Equal(
            ["introduction", "paragraph-6b", "rc-9-9-paragraph-6c", "sc-9-18-paragraph-6c", "mandates-without-activity", "assistance"],
            sections.Select(s => s.GetProperty("id").GetString()));
        var assistance = sections[^1];
        Assert.Equal("Edited by the compiler.", assistance.GetProperty("text").GetString());
        Assert.True(assistance.GetProperty("edited").GetBoolean());
        Assert.False(sections[0].GetProperty("edited").GetBoolean());
    }

    [Fact]
    public async Task Symbol_and_party_names_are_written_as_themselves_not_as_escapes()
    {
        var json = await Rendered.Text("json");

        Assert.Contains($"\"symbol\": \"{SampleReport.Symbol}\"", json, StringComparison.Ordinal);
        Assert.Contains("Côte d’Ivoire", json, StringComparison.Ordinal);
    }
}
