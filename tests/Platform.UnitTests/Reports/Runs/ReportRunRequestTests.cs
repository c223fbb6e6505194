using System.Text.Json;
using Platform.ServiceDefaults.Text;
using Platform.ServiceDefaults.Validation;
using Reporting.Reports.Model;
using Reporting.Reports.Runs;

namespace Platform.UnitTests.Reports.Runs;

/// <summary>A report request as the service reads it: meetings as numbers or objects, the agenda item and document numbers.</summary>
public sealed class ReportRunRequestTests
{
    // The service's request options: web defaults and the platform's text rule on every string. A
    // small buffer makes the body arrive in pieces, as a request body streams in.
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new PlatformTextJsonConverter() },
        DefaultBufferSize = 16,
    };

    [Fact]
    public async Task Meetings_are_read_as_numbers_or_as_objects_with_venue_and_dates()
    {
        var (valid, errors) = await ValidateAsync("""
            {"meetings": {"basel": {"number": 15, "venue": "Geneva", "from": "2021-07-26", "to": "2021-07-30"}, "rotterdam": 10, "stockholm": {"number": 10}},
             "agendaItem": {"number": "4 (b)", "title": "International cooperation and coordination"},
             "documentNumbers": {"basel": 36, "rotterdam": 29, "stockholm": 38}}
            """);

        Assert.True(errors.IsEmpty, string.Join("; ", errors.ToDictionary().Keys));
        Assert.Equal(new ReportMeeting(15, "Geneva", new DateOnly(2021, 7, 26), new DateOnly(2021, 7, 30)), valid!.Meetings.Basel);
        Assert.Equal(new ReportMeeting(10), valid.Meetings.Rotterdam);
        Assert.Equal(new ReportAgendaItem("4 (b)", "International cooperation and coordination"), valid.AgendaItem);
        Assert.True(valid.DocumentNumbers.IsComplete);
    }

    [Fact]
    public async Task Agenda_item_may_be_its_number_alone_and_numbers_may_be_left_out()
    {
        var (valid, _) = await ValidateAsync("""{"meetings": {"basel": 15, "rotterdam": 10, "stockholm": 10}, "agendaItem": "4 (b)"}""");

        Assert.Equal(new ReportAgendaItem("4 (b)", null), valid!.AgendaItem);
        Assert.False(valid.DocumentNumbers.IsComplete);
    }

    [Fact]
    public async Task Each_bad_meeting_agenda_and_number_field_is_named()
    {
        var (_, errors) = await ValidateAsync("""
            {"meetings": {"basel": {"number": 15, "from": "2021-07-30", "to": "2021-07-26"}, "rotterdam": "ten", "stockholm": {"number": 10, "from": "2021-07-26"}},
             "agendaItem": 4, "documentNumbers": {"basel": 36, "rotterdam": -1}}
            """);

        Assert.Equal(
            ["agendaItem", "documentNumbers.rotterdam", "meetings.basel.to", "meetings.rotterdam", "meetings.stockholm.to"],
            errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
    }

    private static async Task<(ValidReportRunRequest? Valid, ValidationErrors Errors)> ValidateAsync(string fields)
    {
        var body = """{"kind": "international-cooperation", "from": "2019-05-11", "to": "2021-07-31", "decisions": ["BC-14/21"], """ + fields.Trim()[1..];
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body));
        var request = (await JsonSerializer.DeserializeAsync<ReportRunRequest>(stream, Options, TestContext.Current.CancellationToken))!;
        var errors = new ValidationErrors();
        return (request.Validate(errors), errors);
    }
}
