using Platform.Conventions.Activities;
using Platform.ServiceDefaults.Validation;

namespace Platform.UnitTests.Activities;

public sealed class ActivityRequestTests
{
    [Fact]
    public void Complete_request_validates_into_typed_values()
    {
        var errors = new ValidationErrors();

        var valid = new ActivityRequest("  Workshop  ", null, "Capacity building", "ONGOING", "2020-01-31", null).Validate(errors);

        Assert.True(errors.IsEmpty);
        Assert.NotNull(valid);
        Assert.Equal("Workshop", valid.Title);
        Assert.Equal("", valid.Description);
        Assert.Equal(ActivityType.CapacityBuilding, valid.Type);
        Assert.Equal(ActivityStatus.Ongoing, valid.Status);
        Assert.Equal(new DateOnly(2020, 1, 31), valid.Start);
        Assert.Null(valid.End);
    }

    [Fact]
    public void Every_bad_field_is_named_at_once()
    {
        var errors = new ValidationErrors();

        var valid = new ActivityRequest("", new string('x', 8001), "party", "done", "31/01/2020", "2020-02-30").Validate(errors);

        Assert.Null(valid);
        Assert.Equal(
            new[] { "description", "end", "start", "status", "title", "type" },
            errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void End_before_start_is_an_error_on_end()
    {
        var errors = new ValidationErrors();

        new ActivityRequest("A", null, "meeting", "planned", "2021-05-02", "2021-05-01").Validate(errors);

        Assert.Equal(["end"], errors.ToDictionary().Keys);
    }

    [Theory]
    [InlineData("technical-assistance", ActivityType.TechnicalAssistance)]
    [InlineData("Technical assistance", ActivityType.TechnicalAssistance)]
    [InlineData("technical_assistance", ActivityType.TechnicalAssistance)]
    [InlineData("JOINT-PROJECT", ActivityType.JointProject)]
    public void Activity_types_are_read_in_the_spellings_people_write(string text, ActivityType expected)
    {
        Assert.True(KebabNames.TryParse<ActivityType>(text, out var type));
        Assert.Equal(expected, type);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("party")]
    [InlineData("")]
    public void Numbers_and_unknown_names_are_not_activity_types(string text)
    {
        Assert.False(KebabNames.TryParse<ActivityType>(text, out _));
    }

    [Fact]
    public void Enum_values_are_written_in_kebab_case()
    {
        Assert.Equal("methodology-development", KebabNames.Of(ActivityType.MethodologyDevelopment));
        Assert.Equal("meeting", KebabNames.Of(ActivityType.Meeting));
    }
}
