using System.Text;
using WalkingDrum.Content.Services.Media;
using Xunit;

namespace WalkingDrum.Content.Tests.Services.Media;

public sealed class SvgSafetyTests
{
    [Theory]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>""", "<script> element")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><SCRIPT>alert(1)</SCRIPT></svg>""", "<SCRIPT> element")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>""", "event handler attribute (onload)")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><rect onClick="alert(1)"/></svg>""", "event handler attribute (onClick)")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><a href="javascript:alert(1)"><text>x</text></a></svg>""", "href attribute holds a script URL")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href=" java&#x09;script:alert(1)">x</a></svg>""", "xlink:href attribute holds a script URL")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/svg+xml;base64,PHN2Zz4="/></svg>""", "href attribute holds a data: URL")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><image src="DATA:text/html,x"/></svg>""", "src attribute holds a data: URL")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><set attributeName="href" to="javascript:alert(1)"/></svg>""", "to attribute holds a script URL")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject></svg>""", "<foreignObject> element")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><iframe src="https://example.com"/></svg>""", "<iframe> element")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><embed src="x.swf"/></svg>""", "<embed> element")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><object data="x.pdf"/></svg>""", "<object> element")]
    [InlineData("""<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg"><text>&xxe;</text></svg>""", "DOCTYPE or entity declarations")]
    [InlineData("""<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg xmlns="http://www.w3.org/2000/svg"/>""", "DOCTYPE or entity declarations")]
    [InlineData("""<?xml-stylesheet href="evil.xsl" type="text/xsl"?><svg xmlns="http://www.w3.org/2000/svg"/>""", "processing instruction")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>""", "not well-formed XML")]
    [InlineData("""<html><svg/></html>""", "not an image")]
    public void Hostile_or_broken_svgs_are_refused_with_the_reason(string svg, string reason)
    {
        var check = SvgSafety.Check(Encoding.UTF8.GetBytes(svg));
        Assert.NotNull(check.Error);
        Assert.Contains(reason, check.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" width="48px" height="32"><path d="M0 0h48v32z"/></svg>""", 48, 32)]
    [InlineData("""<?xml version="1.0" encoding="UTF-8"?><!-- logo --><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100"><a href="https://example.com/"><text>Hi</text></a></svg>""", 200, 100)]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" width="100%"><style>rect { fill: red; }</style><rect width="5" height="5"/></svg>""", 300, 150)]
    public void Clean_svgs_pass_with_their_size(string svg, int width, int height)
    {
        var check = SvgSafety.Check(Encoding.UTF8.GetBytes(svg));
        Assert.Null(check.Error);
        Assert.Equal((width, height), (check.Width, check.Height));
    }
}
