using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Services;

public sealed class ProductRulesTests
{
    [Theory]
    [InlineData("12.50", "EUR", 1250L)]
    [InlineData("0", "EUR", 0L)]
    [InlineData(" 7.5 ", "EUR", 750L)]
    [InlineData("1200", "JPY", 1200L)]
    [InlineData("1.250", "KWD", 1250L)]
    [InlineData("1000000000", "USD", 100000000000L)]
    public void Prices_are_read_exactly_in_the_shop_currency(string price, string currency, long minor)
    {
        var errors = new CatalogErrors();

        var product = ProductRules.Validate(Catalog.Simple("Coffee", price), currency, errors);

        Assert.True(errors.IsEmpty, errors.ToString());
        Assert.Equal(minor, product!.Variants[0].Price.MinorUnits);
        Assert.Equal(currency, product.Variants[0].Price.Currency);
    }

    [Theory]
    [InlineData("", "EUR", "Enter a price.")]
    [InlineData("-1.00", "EUR", "Enter an amount of zero or more.")]
    [InlineData("12.505", "EUR", "EUR amounts have at most 2 decimals.")]
    [InlineData("12.5", "JPY", "JPY amounts have no decimals.")]
    [InlineData("12,50", "EUR", "Use a point for decimals")]
    [InlineData("1e5", "EUR", "Enter an amount such as 12.50.")]
    [InlineData("twelve", "EUR", "Enter an amount such as 12.50.")]
    [InlineData("1000000000.01", "EUR", "Enter at most 1,000,000,000.")]
    [InlineData("99999999999999999999", "EUR", "Enter an amount such as 12.50.")]
    public void Bad_prices_are_refused_on_the_variant_price(string price, string currency, string message)
    {
        var errors = new CatalogErrors();

        var product = ProductRules.Validate(Catalog.Simple("Coffee", price), currency, errors);

        Assert.Null(product);
        Assert.Contains(errors.ByField["Variants[0].Price"], m => m.StartsWith(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("12.50", "12.50")]
    [InlineData("12.50", "10.00")]
    [InlineData("12.50", "-1")]
    [InlineData("12.50", "13.001")]
    public void A_compare_at_price_must_be_a_valid_amount_above_the_price(string price, string compareAt)
    {
        var input = Catalog.Simple("Coffee", price) with { Variants = [new VariantInput(null, [], null, price, compareAt, "1", true)] };
        var errors = new CatalogErrors();

        Assert.Null(ProductRules.Validate(input, "EUR", errors));
        Assert.True(errors.Has("Variants[0].CompareAtPrice"), errors.ToString());
    }

    [Theory]
    [InlineData("", "Café Crème 250 g", "cafe-creme-250-g")]
    [InlineData("  My-Slug ", "Anything", "my-slug")]
    public void Slugs_come_from_the_merchant_or_the_title(string slug, string title, string expected)
    {
        var errors = new CatalogErrors();

        var product = ProductRules.Validate(Catalog.Simple(title, slug: slug), "EUR", errors);

        Assert.Equal(expected, product!.Slug);
    }

    [Theory]
    [InlineData("", "!!!", "Enter a slug: the title has no letters or digits")]
    [InlineData("bad slug", "Coffee", "Use lower-case letters")]
    [InlineData("double--hyphen", "Coffee", "Use lower-case letters")]
    [InlineData("-edge", "Coffee", "Use lower-case letters")]
    public void Bad_slugs_are_refused(string slug, string title, string message)
    {
        var errors = new CatalogErrors();

        Assert.Null(ProductRules.Validate(Catalog.Simple(title, slug: slug), "EUR", errors));
        Assert.StartsWith(message, errors.ByField["Slug"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_at_once_by_field()
    {
        var input = new ProductInput(
            new string('x', 201), "Bad Slug!", null, "Published", ["Size", "size", "Grind", "Colour"],
            [new VariantInput(null, [], new string('s', 65), "", "x", "-3", false)], [new string('t', 61)], []);
        var errors = new CatalogErrors();

        Assert.Null(ProductRules.Validate(input, "EUR", errors));
        Assert.Equal(
            ["Options", "Slug", "Status", "Tags", "Title", "Variants[0].CompareAtPrice", "Variants[0].Price", "Variants[0].Sku", "Variants[0].Stock"],
            errors.ByField.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_product_without_options_has_exactly_one_variant()
    {
        var variant = new VariantInput(null, [], null, "1.00", null, "", false);
        var errors = new CatalogErrors();

        Assert.Null(ProductRules.Validate(Catalog.Simple("Coffee") with { Variants = [variant, variant] }, "EUR", errors));
        Assert.StartsWith("A product without options has exactly one variant", errors.ByField["Variants"][0], StringComparison.Ordinal);
        Assert.Null(ProductRules.Validate(Catalog.Simple("Coffee") with { Variants = [] }, "EUR", errors = new CatalogErrors()));
        Assert.Equal("Add a variant with a price.", errors.ByField["Variants"][0]);
    }

    [Fact]
    public void Variants_need_a_value_for_each_option_a_distinct_combination_and_distinct_skus()
    {
        var input = new ProductInput("Coffee", null, null, "Draft", ["Size", "", "Grind"],
        [
            new VariantInput(null, ["250 g", "Whole"], "A", "9.00", null, "1", true),
            new VariantInput(null, ["250 G", "whole"], "A", "9.00", null, "1", true),
            new VariantInput(null, ["1 kg"], "B", "30.00", null, "1", true),
        ], [], []);
        var errors = new CatalogErrors();

        Assert.Null(ProductRules.Validate(input, "EUR", errors));
        Assert.True(errors.Has("Variants[1].OptionValues[0]"), errors.ToString());
        Assert.True(errors.Has("Variants[1].Sku"), errors.ToString());
        Assert.Equal("Enter the Grind of this variant.", errors.ByField["Variants[2].OptionValues[1]"][0]);
    }

    [Fact]
    public void Options_tags_status_and_description_are_normalised()
    {
        var input = new ProductInput(" Coffee ", null, "<p onclick=\"x()\">Hi<script>alert(1)</script></p>", "active", ["", "Size"],
            [new VariantInput(null, ["250 g"], "  SKU-1 ", "9", null, null, false)], [" Dark ", "dark", "", "FRUITY"], [" Beans "]);
        var errors = new CatalogErrors();

        var product = ProductRules.Validate(input, "EUR", errors)!;

        Assert.Equal("Coffee", product.Title);
        Assert.Equal(ProductStatus.Active, product.Status);
        Assert.Equal(["Size"], product.Options);
        Assert.Equal("SKU-1", product.Variants[0].Sku);
        Assert.Equal(0, product.Variants[0].Stock);
        Assert.Equal(["dark", "fruity"], product.Tags);
        Assert.Equal(["beans"], product.Collections);
        Assert.Equal("<p>Hi</p>", product.DescriptionHtml);
    }

    [Fact]
    public void Custom_fields_need_names_values_and_distinct_names()
    {
        var errors = new CatalogErrors();
        var fields = ProductFieldRules.Validate(
            [new("Origin", "Kenya"), new("origin", "Peru"), new("", "orphan"), new("Roast", ""), new(null, null), new("Notes", new string('n', 2001))],
            "Fields", errors);

        Assert.Equal([new KeyValuePair<string, string>("Origin", "Kenya")], fields);
        Assert.True(errors.Has("Fields[1].Name") && errors.Has("Fields[2].Name") && errors.Has("Fields[3].Value") && errors.Has("Fields[5].Value"), errors.ToString());
        Assert.False(errors.Has("Fields[4].Name"));
    }
}
