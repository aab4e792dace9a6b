using WalkingDrum.Tenants.Models;
using WalkingDrum.Tenants.Services;
using Xunit;

namespace WalkingDrum.Tenants.Tests.Services;

public sealed class SignupValidatorTests
{
    private static SignupRequest Valid => new("Bean There", "bean-there", "owner@example.com", "Passw0rd!");

    [Fact]
    public void A_complete_signup_has_no_errors() => Assert.Empty(SignupValidator.Validate(Valid));

    [Theory]
    [InlineData("ab", "3 to 63 characters")]
    [InlineData("Bean", "lower-case letters")]
    [InlineData("-bean", "lower-case letters")]
    [InlineData("bean-", "lower-case letters")]
    [InlineData("be an", "lower-case letters")]
    [InlineData("bean.there", "lower-case letters")]
    [InlineData("bean_there", "lower-case letters")]
    [InlineData("bücher", "lower-case letters")]
    [InlineData("admin", "reserved")]
    [InlineData("www", "reserved")]
    [InlineData("api", "reserved")]
    [InlineData("", "Choose a subdomain")]
    public void Subdomains_follow_host_name_rules_and_avoid_reserved_names(string subdomain, string message)
    {
        var errors = SignupValidator.Validate(Valid with { Subdomain = subdomain });
        Assert.Contains(message, Assert.Single(errors["subdomain"]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_64_character_subdomain_is_too_long() =>
        Assert.True(SignupValidator.Validate(Valid with { Subdomain = new string('a', 64) }).ContainsKey("subdomain"));

    [Theory]
    [InlineData("")]
    [InlineData("owner")]
    [InlineData("owner@localhost")]
    [InlineData("Owner <owner@example.com>")]
    [InlineData("owner@exa mple.com")]
    [InlineData("owner@example.com\r\nBcc: victim@example.com")]
    public void Emails_must_be_plain_addresses(string email) =>
        Assert.True(SignupValidator.Validate(Valid with { Email = email }).ContainsKey("email"));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Bean\u0007There")]
    public void Store_names_must_be_present_and_printable(string storeName) =>
        Assert.True(SignupValidator.Validate(Valid with { StoreName = storeName }).ContainsKey("storeName"));

    [Fact]
    public void Oversized_fields_are_refused_by_length_not_by_accident()
    {
        var errors = SignupValidator.Validate(new SignupRequest(
            new string('x', 81), new string('a', 100), new string('e', 250) + "@x.io", new string('p', 129)));
        Assert.Equal(["email", "password", "storeName", "subdomain"], errors.Keys.Order(StringComparer.Ordinal));
    }
}
