using Besluitvorming.Web;
using Besluitvorming.Web.Api;
using Besluitvorming.Web.Api.Webhooks;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Identiteit;
using Besluitvorming.Web.Jobs;
using Besluitvorming.Web.Mail;
using Besluitvorming.Web.Productie;

// Where start-up time goes (issue 12, P4), at Debug: Logging:LogLevel:Besluitvorming.Start=Debug.
var opstart = System.Diagnostics.Stopwatch.StartNew();
var builder = WebApplication.CreateBuilder(args);

builder.Services.AddDatabase(builder.Configuration);
builder.Services.AddIdentiteit();
builder.Services.AddBesluitvorming(builder.Configuration);
builder.Services.AddMail(builder.Configuration);
builder.Services.AddJobs(builder.Configuration);
builder.Services.AddProductie(builder.Configuration);
builder.Services.AddApi(builder.Configuration, builder.Environment);
builder.Services.AddWebhooks(builder.Configuration);

var app = builder.Build();
var startlog = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Besluitvorming.Start");
startlog.LogDebug("Start: host gebouwd na {Ms} ms", opstart.ElapsedMilliseconds);

app.ControleerConfiguratie();
await DatabaseInitialisatie.InitialiseerAsync(app.Services);
startlog.LogDebug("Start: database gereed na {Ms} ms", opstart.ElapsedMilliseconds);

app.UseProductie();
app.UseBesluitvorming();
app.MapProductie();
app.MapApi();
app.MapWebhooks();
app.Lifetime.ApplicationStarted.Register(() => startlog.LogDebug("Start: luistert na {Ms} ms", opstart.ElapsedMilliseconds));
app.Run();

public partial class Program;
