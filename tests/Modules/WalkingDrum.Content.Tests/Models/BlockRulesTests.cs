using Microsoft.AspNetCore.Mvc.ModelBinding;
using WalkingDrum.Content.Models.Blocks;
using Xunit;

namespace WalkingDrum.Content.Tests.Models;

public sealed class BlockRulesTests
{
    private static ModelStateDictionary Check(params PageBlock[] blocks)
    {
        var errors = new ModelStateDictionary();
        BlockRules.Validate(blocks.Select(BlockRules.Normalize).ToArray(), errors);
        return errors;
    }

    private static string? Error(ModelStateDictionary errors, string key) =>
        errors.TryGetValue(key, out var entry) ? entry.Errors.FirstOrDefault()?.ErrorMessage : null;

    [Fact]
    public void Rich_text_is_sanitized_when_normalized()
    {
        var block = (RichTextBlock)BlockRules.Normalize(new RichTextBlock
        {
            Html = "<p onclick=\"steal()\">Hi <a href=\"javascript:alert(1)\">x</a><img src=x onerror=alert(1)></p><script>alert(1)</script><form action=\"https://evil.example\"><input name=card></form>",
        });

        Assert.Contains("Hi", block.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("onclick", block.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", block.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", block.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", block.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<form", block.Html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Rich_text_that_sanitizes_to_nothing_is_refused() =>
        Assert.Equal("Write some text, or remove this block.", Error(Check(new RichTextBlock { Html = "<script>alert(1)</script>" }), "Blocks[0].Html"));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example")]
    [InlineData("vbscript:msgbox")]
    [InlineData("pages/about")]
    public void Button_links_that_could_run_script_or_leave_unnoticed_are_refused(string url)
    {
        var errors = Check(new CallToActionBlock { Heading = "Join", ButtonLabel = "Go", ButtonUrl = url });
        Assert.StartsWith("Use a path on your shop", Error(errors, "Blocks[0].ButtonUrl"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/pages/about")]
    [InlineData("/")]
    [InlineData("https://example.com/a?b=c")]
    [InlineData("mailto:hello@example.com")]
    [InlineData("tel:+441234567")]
    public void Shop_paths_and_web_mail_and_phone_links_are_accepted(string url) =>
        Assert.True(Check(new CallToActionBlock { Heading = "Join", ButtonLabel = "Go", ButtonUrl = url }).IsValid);

    [Fact]
    public void A_hero_needs_a_heading_and_a_button_needs_both_label_and_link()
    {
        var errors = Check(new HeroBlock { ButtonLabel = "Shop now" }, new HeroBlock { Heading = "Fine" });

        Assert.Equal("Enter a heading.", Error(errors, "Blocks[0].Heading"));
        Assert.Equal("Enter where the button leads.", Error(errors, "Blocks[0].ButtonUrl"));
        Assert.Null(Error(errors, "Blocks[1].Heading"));
        Assert.Null(Error(errors, "Blocks[1].ButtonUrl"));
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(25, null)]
    [InlineData(4, "Not A Slug")]
    public void A_product_grid_shows_1_to_24_products_of_a_valid_collection(int count, string? collection)
    {
        var errors = Check(new ProductGridBlock { Count = count, Collection = collection });
        Assert.False(errors.IsValid);
    }

    [Fact]
    public void Faq_rows_left_empty_are_dropped_and_half_filled_rows_are_reported()
    {
        var faq = (FaqBlock)BlockRules.Normalize(new FaqBlock
        {
            Items = [new FaqItem { Question = " Do you ship? ", Answer = "Yes.\r\nWorldwide." }, new FaqItem(), new FaqItem { Question = "Returns?" }],
        });

        Assert.Equal(2, faq.Items.Count);
        Assert.Equal("Do you ship?", faq.Items[0].Question);
        Assert.Equal("Yes.\nWorldwide.", faq.Items[0].Answer);
        var errors = Check(faq);
        Assert.Equal("Enter the answer.", Error(errors, "Blocks[0].Items[1].Answer"));
        Assert.Equal("Add between 1 and 30 questions.", Error(Check(new FaqBlock()), "Blocks[0].Items"));
    }

    [Fact]
    public void Texts_longer_than_their_limit_are_refused()
    {
        var errors = Check(new ImageBlock { MediaId = Guid.NewGuid(), Alt = new string('a', BlockRules.MaxAlt + 1) });
        Assert.Equal("Use at most 250 characters.", Error(errors, "Blocks[0].Alt"));
    }

    [Fact]
    public void Blocks_keep_their_kind_through_json_and_recipes_may_put_type_anywhere()
    {
        PageBlock[] blocks =
        [
            new RichTextBlock { Html = "<p>a</p>" }, new ImageBlock { MediaId = Guid.NewGuid() }, new HeroBlock { Heading = "h" },
            new ProductGridBlock { Count = 3 }, new FaqBlock { Items = [new FaqItem { Question = "q", Answer = "a" }] },
            new CallToActionBlock { Heading = "c" },
        ];

        var parsed = PageBlocks.Parse(PageBlocks.Serialize(blocks));
        var handWritten = PageBlocks.ParseOne(System.Text.Json.JsonDocument.Parse("""{ "heading": "Hi", "type": "hero" }""").RootElement);

        Assert.Equal(blocks.Select(b => b.GetType()), parsed.Select(b => b.GetType()));
        Assert.Equal("q", Assert.IsType<FaqBlock>(parsed[4]).Items[0].Question);
        Assert.Equal("Hi", Assert.IsType<HeroBlock>(handWritten).Heading);
        Assert.Contains("\"type\":\"productGrid\"", PageBlocks.Serialize(blocks), StringComparison.Ordinal);
    }
}
