using Microsoft.AspNetCore.Http;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Validation;

namespace Platform.UnitTests.Http;

public sealed class ExpectedVersionTests
{
    [Theory]
    [InlineData("\"3\"", 3)]
    [InlineData("W/\"12\"", 12)]
    [InlineData(" \"4\" ", 4)]
    [InlineData("7", 7)]
    [InlineData("\"2147483647\"", int.MaxValue)]
    public void If_match_takes_the_etag_this_service_gives_out(string header, int version)
    {
        Assert.True(ExpectedVersion.TryParse(header, out var parsed));
        Assert.Equal(version, parsed);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("\"abc\"")]
    [InlineData("\"-1\"")]
    [InlineData("-1")]
    [InlineData("\"+3\"")]
    [InlineData("\" 3\"")]
    [InlineData("\"3 \"")]
    [InlineData("\"0\"")]
    [InlineData("0")]
    [InlineData("\"2147483648\"")]
    [InlineData("\"99999999999999999999\"")]
    [InlineData("\"٣\"")]
    [InlineData("\"３\"")]
    [InlineData("\"3")]
    [InlineData("3\"")]
    [InlineData("\"\"")]
    [InlineData("\"1,000\"")]
    [InlineData("\"1.0\"")]
    [InlineData("\"0x10\"")]
    [InlineData("w/\"3\"")]
    [InlineData("W/")]
    public void If_match_that_is_not_a_version_is_refused(string header) =>
        Assert.False(ExpectedVersion.TryParse(header, out _));

    [Fact]
    public void The_etag_of_a_version_is_its_number_in_quotes() =>
        Assert.Equal("\"42\"", ExpectedVersion.ETag(42));

    [Fact]
    public void An_etag_read_back_is_the_version_it_was_made_from() =>
        Assert.True(ExpectedVersion.TryParse(ExpectedVersion.ETag(1234567), out var version) && version == 1234567);

    [Fact]
    public void Header_alone_names_the_version()
    {
        var (version, errors) = Read("W/\"5\"", bodyVersion: null);

        Assert.Equal(5, version);
        Assert.Empty(errors);
    }

    [Fact]
    public void Body_alone_names_the_version()
    {
        var (version, errors) = Read(ifMatch: null, bodyVersion: 5);

        Assert.Equal(5, version);
        Assert.Empty(errors);
    }

    [Fact]
    public void Header_and_body_that_agree_name_the_version()
    {
        var (version, errors) = Read("\"5\"", bodyVersion: 5);

        Assert.Equal(5, version);
        Assert.Empty(errors);
    }

    [Fact]
    public void Header_and_body_that_disagree_are_refused_naming_version()
    {
        var (version, errors) = Read("\"5\"", bodyVersion: 4);

        Assert.Null(version);
        Assert.Equal(["version"], errors.Keys);
    }

    [Theory]
    [InlineData("\"٣\"")]
    [InlineData("\"-2\"")]
    [InlineData("\"0\"")]
    [InlineData("\"2147483648\"")]
    public void An_unreadable_if_match_is_refused_naming_if_match(string ifMatch)
    {
        var (version, errors) = Read(ifMatch, bodyVersion: 3);

        Assert.Null(version);
        Assert.Equal(["If-Match"], errors.Keys);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void A_body_version_below_one_is_refused_naming_version(int bodyVersion)
    {
        var (version, errors) = Read(ifMatch: null, bodyVersion);

        Assert.Null(version);
        Assert.Equal(["version"], errors.Keys);
    }

    [Fact]
    public void Neither_header_nor_body_is_refused_naming_version_where_a_version_is_required()
    {
        var (version, errors) = Read(ifMatch: null, bodyVersion: null);

        Assert.Null(version);
        Assert.Equal(["version"], errors.Keys);
    }

    [Fact]
    public void Neither_header_nor_body_is_no_version_where_none_is_required()
    {
        var (version, errors) = Read(ifMatch: null, bodyVersion: null, required: false);

        Assert.Null(version);
        Assert.Empty(errors);
    }

    private static (int? Version, IDictionary<string, string[]> Errors) Read(string? ifMatch, int? bodyVersion, bool required = true)
    {
        var context = new DefaultHttpContext();
        if (ifMatch is not null)
        {
            context.Request.Headers.IfMatch = ifMatch;
        }

        var errors = new ValidationErrors();
        var version = ExpectedVersion.Read(context.Request, bodyVersion, errors, required);
        return (version, errors.ToDictionary());
    }
}
