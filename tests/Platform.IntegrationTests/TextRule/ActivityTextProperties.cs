using System.Xml.Linq;
using CsCheck;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Platform.IntegrationTests.Reports;
using Platform.Testing.Properties;

namespace Platform.IntegrationTests.TextRule;

/// <summary>All five services, with room in the gateway's rate limit for a thousand requests.</summary>
public sealed class ActivityTextFixture(SharedRabbitMq rabbitMq) : ReportsFixture(rabbitMq)
{
    protected override PlatformStackOptions Customize(PlatformStackOptions options) => options with
    {
        GatewaySettings = new Dictionary<string, string?> { ["Gateway:RateLimit:PermitLimit"] = "100000" },
    };
}

/// <summary>
/// Random text from the whole of Unicode through activity creation at the gateway: every request
/// is either refused with a 400 naming a field it sent, or stored as the text rule says (trimmed,
/// form C, nothing a document cannot carry); and every stored activity renders whole in every
/// report format.
/// </summary>
public sealed class ActivityTextProperties(ActivityTextFixture fixture) : IClassFixture<ActivityTextFixture>
{
    private const int CaseCount = 1000;
    private const ulong Seed = 20261201;

    [Fact]
    public async Task Random_text_is_refused_with_400_or_stored_by_the_rule_and_every_stored_activity_renders_in_every_format()
    {
        var cases = FixedSeed.Cases(
            Gen.Select(UnicodeText.Mixed(12), UnicodeText.Mixed(30), UnicodeText.Mixed(6)), Seed, CaseCount);
        using var basel = fixture.Team("basel");
        var stored = new Dictionary<string, string>(StringComparer.Ordinal);
        var refused = 0;

        foreach (var (title, description, output) in cases)
        {
            var json = $$"""
                {"title":{{UnicodeText.JsonLiteral(title)}},"description":{{UnicodeText.JsonLiteral(description)}},
                 "outputs":[{{UnicodeText.JsonLiteral(output)}}],"type":"meeting","status":"completed",
                 "start":"2020-03-01","end":"2020-03-02"}
                """;
            using var response = await basel.PostAsync("/api/basel/activities", new StringContent(json, Encoding.UTF8, "application/json"));
            var body = await response.ReadJsonAsync();
            var verdict = $"title {UnicodeText.JsonLiteral(title)}, description {UnicodeText.JsonLiteral(description)}, output {UnicodeText.JsonLiteral(output)}";
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                refused++;
                Assert.True(body.ErrorFields().Overlaps(["title", "description", "outputs", "outputs[0]"]), $"{verdict}: {body}");
                Assert.False(Acceptable(title, description, output), $"{verdict} was refused: {body}");
                continue;
            }

            Assert.True(response.StatusCode == HttpStatusCode.Created, $"{verdict}: {(int)response.StatusCode} {body}");
            Assert.True(Acceptable(title, description, output), $"{verdict} was stored: {body}");
            var storedTitle = body.GetProperty("title").GetString()!;
            Assert.Equal(title.Normalize(NormalizationForm.FormC).Trim(), storedTitle);
            Assert.Equal(Visible(description) ? description.Normalize(NormalizationForm.FormC).Trim() : "", body.GetProperty("description").GetString());
            stored[body.GetProperty("id").GetString()!] = storedTitle;
        }

        Assert.InRange(refused, CaseCount / 10, CaseCount - (CaseCount / 10));
        await AssertEveryStoredActivityRendersAsync(stored);
    }

    private async Task AssertEveryStoredActivityRendersAsync(Dictionary<string, string> stored)
    {
        using var reader = fixture.Reader();
        await Eventually.TrueAsync(
            async () => (await reader.GetStringAsync("/api/reports/activities?pageSize=1")).Contains($"\"totalCount\":{stored.Count}", StringComparison.Ordinal),
            because: "every stored activity to reach the reporting read model", timeout: TimeSpan.FromSeconds(120));
        var location = await fixture.StartRunAsync();
        await fixture.RunAsync(location, TimeSpan.FromSeconds(120), "completed");

        var report = await fixture.ReportJsonAsync(location);
        var titles = report.GetProperty("activities").EnumerateArray()
            .ToDictionary(a => a.GetProperty("id").GetString()!, a => a.GetProperty("title").GetString()!, StringComparer.Ordinal);
        foreach (var (id, title) in stored)
        {
            Assert.Equal(title, titles[id]);
        }

        var html = await DownloadAsync(reader, location, "html");
        Assert.EndsWith("</html>", Encoding.UTF8.GetString(html).TrimEnd(), StringComparison.Ordinal);
        _ = XDocument.Parse(Encoding.UTF8.GetString(html).Replace("<!DOCTYPE html>", "", StringComparison.OrdinalIgnoreCase));

        var markdown = Encoding.UTF8.GetString(await DownloadAsync(reader, location, "md"));
        Assert.DoesNotContain(markdown, c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t');

        using var docx = new MemoryStream(await DownloadAsync(reader, location, "docx"));
        using var document = WordprocessingDocument.Open(docx, isEditable: false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document));
    }

    private static async Task<byte[]> DownloadAsync(HttpClient reader, string location, string format)
    {
        using var response = await reader.GetAsync($"{location}/document?format={format}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>
    /// The rule, written out independently of the service's code: no control character other than
    /// tab and line breaks, no noncharacter U+FFFE/U+FFFF, no unpaired surrogate anywhere; the title
    /// and the output on one line without bidi controls; a title and an output with something
    /// visible in them (a description without is stored empty); each within its length.
    /// </summary>
    private static bool Acceptable(string title, string description, string output)
    {
        string[] all = [title, description, output];
        if (all.Any(HasForbidden))
        {
            return false;
        }

        return Visible(title) && Visible(output) && OneLine(title) && OneLine(output)
            && title.Normalize(NormalizationForm.FormC).Trim().Length <= 300
            && description.Normalize(NormalizationForm.FormC).Trim().Length <= 8000
            && output.Normalize(NormalizationForm.FormC).Trim().Length <= 500;
    }

    private static bool HasForbidden(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' || (char.IsControl(c) && c is not '\t' and not '\n' and not '\r'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OneLine(string text) =>
        !text.Any(c => c is '\n' or '\r' or '\t' or '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'));

    private static bool Visible(string text) => text.EnumerateRunes().Any(rune =>
        !Rune.IsWhiteSpace(rune) && Rune.GetUnicodeCategory(rune) is not (
            System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.Control
            or System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.EnclosingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.OtherNotAssigned));
}
