using WalkingDrum.Theme.Services;
using Xunit;

namespace WalkingDrum.Theme.Tests.Services;

public sealed class TemplateSyntaxTests
{
    [Theory]
    [InlineData("<h1>{{ store.name }}</h1>\n{% if store.tagline %}\n<p>x</p>", 3, "'{% endif %}' was expected")]
    [InlineData("ok\n{{ store.name | }}", 2, "An identifier was expected after the '|' sign")]
    [InlineData("a\nb\n{% frobnicate %}", 3, "Unknown tag 'frobnicate'")]
    public void Syntax_errors_name_their_line(string source, int line, string message)
    {
        Assert.False(TemplateSyntax.TryParse(source, out _, out var error));

        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"Line {line}, column ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Oversized_sources_are_refused()
    {
        Assert.False(TemplateSyntax.TryParse(new string('x', TemplateSyntax.MaxSourceLength + 1), out _, out var error));
        Assert.Null(error.Line);
    }

    [Fact]
    public void Partials_named_by_render_and_include_are_listed()
    {
        Assert.True(TemplateSyntax.TryParse("{% render 'product-card', card: c %}{% include 'footer-note' %}{% for i in (1..3) %}{% render 'x' %}{% endfor %}", out var template, out _));

        Assert.Equal(["footer-note", "product-card", "x"], TemplateSyntax.PartialsOf(template).Order(StringComparer.Ordinal));
    }
}
