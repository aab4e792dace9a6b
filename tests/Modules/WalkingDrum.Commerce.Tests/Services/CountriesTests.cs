using WalkingDrum.Commerce.Services;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Services;

public sealed class CountriesTests
{
    [Fact]
    public void Every_assigned_code_is_listed_once_and_sorted_by_name()
    {
        var all = Countries.All;

        Assert.Equal(249, all.Count);
        Assert.Equal(all.Count, all.Select(c => c.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(all, c => Assert.Matches("^[A-Z]{2}$", c.Code));
        Assert.Equal("Afghanistan", all[0].Name);
        Assert.Equal("Åland Islands", all[1].Name);
        Assert.Equal("Zimbabwe", all[^1].Name);
        Assert.Equal([.. all.Select(c => c.Name).Order(Countries.NameOrder)], all.Select(c => c.Name));
    }

    [Theory]
    [InlineData("FR", true, "FR")]
    [InlineData(" de ", true, "DE")]
    [InlineData("gb", true, "GB")]
    [InlineData("Us", true, "US")]
    [InlineData("UK", false, "")] // the United Kingdom is GB
    [InlineData("XX", false, "")]
    [InlineData("FRA", false, "")]
    [InlineData("F", false, "")]
    [InlineData("", false, "")]
    [InlineData(null, false, "")]
    public void Codes_are_read_in_any_case_and_only_when_known(string? text, bool known, string expected)
    {
        Assert.Equal(known, Countries.TryNormalize(text, out var code));
        Assert.Equal(expected, code);
    }

    [Theory]
    [InlineData("US", "United States")]
    [InlineData("de", "Germany")]
    [InlineData("KR", "South Korea")]
    [InlineData("CI", "Côte d’Ivoire")]
    [InlineData("XX", "XX")]
    public void Names_are_english_and_unknown_codes_stay_as_they_are(string code, string name) =>
        Assert.Equal(name, Countries.Name(code));
}
