using WalkingDrum.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddWalkingDrum();

var app = builder.Build();
app.UseWalkingDrum();
app.Run();

/// <summary>Entry point; public so integration tests can host the app.</summary>
public partial class Program;
