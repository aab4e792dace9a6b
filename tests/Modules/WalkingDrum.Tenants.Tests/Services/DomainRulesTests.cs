using WalkingDrum.Tenants.Services;
using Xunit;

namespace WalkingDrum.Tenants.Tests.Services;

public sealed class DomainRulesTests
{
    [Theory]
    [InlineData("shop.example.com")]
    [InlineData("beans.co.uk")]
    [InlineData("xn--bcher-kva.example")]
    public void Public_dns_names_are_accepted(string host) => Assert.Null(DomainRules.Error(host, "walkingdrum.shop"));

    [Theory]
    [InlineData("", "Enter a domain name")]
    [InlineData("localhost", "not a valid domain")]
    [InlineData("shop.localhost", "platform address")]
    [InlineData("walkingdrum.shop", "platform address")]
    [InlineData("beans.walkingdrum.shop", "platform address")]
    [InlineData("127.0.0.1", "not a valid domain")]
    [InlineData("shop_example.com", "not a valid domain")]
    [InlineData("-shop.example.com", "not a valid domain")]
    [InlineData("shop..example.com", "not a valid domain")]
    [InlineData("<script>.com", "not a valid domain")]
    public void Platform_addresses_and_malformed_names_are_refused(string host, string message) =>
        Assert.Contains(message, DomainRules.Error(host, "walkingdrum.shop"), StringComparison.Ordinal);
}
