//! The HTTP API (axum): authentication by bearer token, declarations with versions and
//! visibility, aggregates, analyses, the audit log, the OpenAPI document and the dashboard's files.
//!
//! Every route is listed once in [`routes`], which builds the router and which a test compares
//! with `openapi.json`. Every error is `{"error":{"code":"...","message":"..."}}`.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, LazyLock, RwLock};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::extract::{DefaultBodyLimit, FromRequest, FromRequestParts, MatchedPath, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, get};
use axum::{Json, Router};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

use critmin_data::Loaded;

use crate::decl::{self, DeclarationIn, Kind, MIN_HOLDERS};
use crate::error::ApiError;
use crate::store::{self, DeclarationRow, NewVersion, Participant, Role, Store};

/// The largest request body accepted (bytes).
pub const BODY_LIMIT: usize = 256 * 1024;
/// How long a checked token is trusted without asking the database again.
pub const TOKEN_CACHE_TTL: Duration = Duration::from_secs(2);
/// The OpenAPI document served at `/openapi.json`.
pub const OPENAPI: &str = include_str!("openapi.json");

/// Everything a request handler needs.
#[derive(Debug)]
pub struct App {
    pub loaded: Arc<Loaded>,
    pub store: Store,
    /// Dashboard files (`web/`), if found.
    pub web_dir: Option<PathBuf>,
    /// Bundled scenarios (`scenarios/`), if found.
    pub scenarios_dir: Option<PathBuf>,
    /// How long a checked token is trusted without asking the database ([`TOKEN_CACHE_TTL`]).
    pub token_ttl: Duration,
    cache: RwLock<HashMap<String, Bytes>>,
    tokens: RwLock<HashMap<String, (Participant, Instant)>>,
}

/// Shared state of the router.
pub type AppState = Arc<App>;

impl App {
    pub fn new(loaded: Arc<Loaded>, store: Store, web_dir: Option<PathBuf>, scenarios_dir: Option<PathBuf>) -> App {
        App {
            loaded,
            store,
            web_dir,
            scenarios_dir,
            token_ttl: TOKEN_CACHE_TTL,
            cache: RwLock::default(),
            tokens: RwLock::default(),
        }
    }
}

// ---------- extractors whose rejections have the error shape ----------

/// JSON body; malformed JSON, unknown fields and oversized bodies are 4xx with our error shape.
#[derive(Debug)]
pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;
    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        match Json::<T>::from_request(req, state).await {
            Ok(Json(v)) => Ok(ApiJson(v)),
            Err(e) => Err(json_rejection(e)),
        }
    }
}

fn json_rejection(e: JsonRejection) -> ApiError {
    let status = e.status();
    let code = match status {
        StatusCode::PAYLOAD_TOO_LARGE => "payload_too_large",
        StatusCode::UNSUPPORTED_MEDIA_TYPE => "unsupported_media_type",
        StatusCode::UNPROCESSABLE_ENTITY => "invalid_body",
        _ => "invalid_json",
    };
    let message = match status {
        StatusCode::PAYLOAD_TOO_LARGE => format!("the request body is larger than {BODY_LIMIT} bytes"),
        StatusCode::UNSUPPORTED_MEDIA_TYPE => "send the body as JSON with Content-Type: application/json".into(),
        _ => e.body_text(),
    };
    ApiError::new(status, code, message)
}

/// Query string.
#[derive(Debug)]
pub struct ApiQuery<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        axum::extract::Query::<T>::from_request_parts(parts, state)
            .await
            .map(|q| ApiQuery(q.0))
            .map_err(|e: QueryRejection| ApiError::bad_request("invalid_query", e.body_text()))
    }
}

/// Path parameters.
#[derive(Debug)]
pub struct ApiPath<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned + Send> FromRequestParts<S> for ApiPath<T> {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        axum::extract::Path::<T>::from_request_parts(parts, state)
            .await
            .map(|p| ApiPath(p.0))
            .map_err(|e: PathRejection| ApiError::bad_request("invalid_path", e.body_text()))
    }
}

/// The authenticated participant (from `Authorization: Bearer <token>`).
#[derive(Clone, Debug)]
pub struct Caller(pub Participant);

impl Caller {
    fn actor(&self) -> String {
        format!("participant:{}:{}", self.0.id, self.0.name)
    }
    fn is(&self, role: Role) -> bool {
        self.0.role == role
    }
    /// The country a member speaks for (members only).
    fn member_country(&self) -> Option<&str> {
        if self.0.role == Role::Member { self.0.country.as_deref() } else { None }
    }
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, ApiError> {
        let value = parts
            .headers
            .get(header::AUTHORIZATION)
            .ok_or_else(|| ApiError::unauthorized("sign in: send the header Authorization: Bearer <token>"))?;
        let token = value
            .to_str()
            .ok()
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .ok_or_else(|| ApiError::unauthorized("the Authorization header must be 'Bearer <token>'"))?;
        if !crate::auth::well_formed(token) {
            return Err(ApiError::unauthorized("this is not a critmin token (cmx_ followed by 64 hex digits)"));
        }
        let hash = crate::auth::token_hash(token);
        if let Ok(cache) = app.tokens.read()
            && let Some((p, at)) = cache.get(&hash)
            && at.elapsed() < app.token_ttl
        {
            return Ok(Caller(p.clone()));
        }
        let p = app
            .store
            .participant_by_token_hash(&hash)
            .await?
            .ok_or_else(|| ApiError::unauthorized("unknown or revoked token"))?;
        if let Ok(mut cache) = app.tokens.write() {
            if cache.len() > 10_000 {
                cache.clear();
            }
            cache.insert(hash, (p.clone(), Instant::now()));
        }
        Ok(Caller(p))
    }
}

// ---------- routes ----------

/// Every route: path, methods, handler. The router is built from this list, and a test checks it
/// against `openapi.json` both ways.
pub fn routes() -> Vec<(&'static str, &'static [&'static str], MethodRouter<AppState>)> {
    use axum::routing::{delete, post, put};
    vec![
        ("/api/health", &["get"], get(health)),
        ("/openapi.json", &["get"], get(openapi)),
        ("/api/me", &["get"], get(me)),
        ("/api/minerals", &["get"], get(minerals)),
        ("/api/minerals/{mineral}/overview", &["get"], get(mineral_overview)),
        ("/api/countries", &["get"], get(countries)),
        ("/api/countries/{country}", &["get"], get(country_page)),
        ("/api/risk", &["get"], get(risk)),
        ("/api/scenarios", &["get"], get(scenarios)),
        ("/api/stress", &["post"], post(stress)),
        ("/api/declarations", &["get", "post"], get(list_declarations).post(create_declaration)),
        (
            "/api/declarations/{id}",
            &["get", "put", "delete"],
            get(get_declaration).merge(put(update_declaration)).merge(delete(withdraw_declaration)),
        ),
        ("/api/declarations/{id}/history", &["get"], get(declaration_history)),
        ("/api/aggregates", &["get"], get(aggregates)),
        ("/api/plans", &["get", "post"], get(list_plans).post(create_plan)),
        ("/api/plans/{id}", &["get"], get(get_plan)),
        ("/api/audit", &["get"], get(audit)),
    ]
}

/// The whole application: API, OpenAPI document and dashboard.
pub fn router(app: AppState) -> Router {
    let mut r = Router::new();
    for (path, _, method_router) in routes() {
        r = r.route(path, method_router);
    }
    r.route("/", get(web_index))
        .route("/app/{*path}", get(web_file))
        .route("/vendor/echarts.min.js", get(echarts))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .with_state(app)
}

async fn not_found(uri: Uri) -> ApiError {
    ApiError::not_found(format!("no such endpoint: {}", uri.path()))
}

/// The `Allow` header of each route, from [`routes`] (GET implies HEAD); the dashboard's routes
/// take GET only.
fn allowed_methods(path: &str) -> &'static str {
    static ALLOW: LazyLock<HashMap<&'static str, String>> = LazyLock::new(|| {
        routes()
            .into_iter()
            .map(|(path, methods, _)| {
                let allow: Vec<String> = methods
                    .iter()
                    .flat_map(|m| std::iter::once(m.to_ascii_uppercase()).chain((*m == "get").then(|| "HEAD".into())))
                    .collect();
                (path, allow.join(", "))
            })
            .collect()
    });
    ALLOW.get(path).map_or("GET, HEAD", String::as_str)
}

/// 405 with the error shape and the `Allow` header (RFC 9110 requires it on every 405).
async fn method_not_allowed(path: Option<MatchedPath>) -> Response {
    let allow = allowed_methods(path.as_ref().map_or("", MatchedPath::as_str));
    let mut r = ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        format!("this endpoint does not take that method; it takes {allow}"),
    )
    .into_response();
    r.headers_mut().insert(header::ALLOW, HeaderValue::from_static(allow));
    r
}

fn json_bytes(bytes: Bytes) -> Response {
    let mut r = Response::new(axum::body::Body::from(bytes));
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    r
}

/// Serves from the cache, or computes (on a blocking thread), caches and serves. Only successes are cached.
async fn cached(
    app: &AppState,
    key: String,
    f: impl FnOnce(&Loaded) -> Result<Value, String> + Send + 'static,
) -> Result<Response, ApiError> {
    if let Some(hit) = app.cache.read().ok().and_then(|c| c.get(&key).cloned()) {
        return Ok(json_bytes(hit));
    }
    let loaded = app.loaded.clone();
    let value = tokio::task::spawn_blocking(move || f(&loaded))
        .await
        .map_err(|e| ApiError::internal(format!("analysis failed: {e}")))?
        .map_err(|m| ApiError::unprocessable("invalid_request", m))?;
    let bytes = Bytes::from(serde_json::to_vec(&value).map_err(|e| ApiError::internal(e.to_string()))?);
    if let Ok(mut c) = app.cache.write() {
        if c.len() > 2000 {
            c.clear();
        }
        c.insert(key, bytes.clone());
    }
    Ok(json_bytes(bytes))
}

// ---------- public and reference endpoints ----------

async fn health(State(app): State<AppState>) -> Json<Value> {
    let db = match app.store.backend {
        store::Backend::Sqlite => "sqlite",
        store::Backend::Postgres => "postgres",
    };
    Json(json!({"status": "ok", "database": db}))
}

async fn openapi() -> Response {
    let mut r = Response::new(axum::body::Body::from(OPENAPI));
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    r
}

async fn me(caller: Caller) -> Json<Value> {
    Json(json!({"id": caller.0.id, "name": caller.0.name, "role": caller.0.role, "country": caller.0.country}))
}

async fn minerals(State(app): State<AppState>, _c: Caller) -> Result<Response, ApiError> {
    cached(&app, "minerals".into(), |l| Ok(crate::analysis::minerals(&l.dataset))).await
}

async fn countries(State(app): State<AppState>, _c: Caller) -> Result<Response, ApiError> {
    cached(&app, "countries".into(), |l| Ok(crate::analysis::countries(&l.dataset))).await
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OverviewQuery {
    year: Option<u16>,
    supplier: Option<String>,
}

async fn mineral_overview(
    State(app): State<AppState>,
    _c: Caller,
    ApiPath(mineral): ApiPath<String>,
    ApiQuery(q): ApiQuery<OverviewQuery>,
) -> Result<Response, ApiError> {
    let supplier = q.supplier.unwrap_or_else(|| "China".into());
    let key = format!("overview|{mineral}|{:?}|{supplier}", q.year);
    cached(&app, key, move |l| crate::analysis::mineral_overview(&l.dataset, &mineral, q.year, &supplier)).await
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CountryQuery {
    supplier: Option<String>,
}

async fn country_page(
    State(app): State<AppState>,
    _c: Caller,
    ApiPath(country): ApiPath<String>,
    ApiQuery(q): ApiQuery<CountryQuery>,
) -> Result<Response, ApiError> {
    let supplier = q.supplier.unwrap_or_else(|| "China".into());
    let key = format!("country|{country}|{supplier}");
    cached(&app, key, move |l| crate::analysis::country_page(&l.dataset, &country, &supplier)).await
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RiskQuery {
    mineral: String,
    importer: String,
    year: Option<u16>,
    supplier: Option<String>,
}

async fn risk(State(app): State<AppState>, _c: Caller, ApiQuery(q): ApiQuery<RiskQuery>) -> Result<Response, ApiError> {
    let supplier = q.supplier.unwrap_or_else(|| "China".into());
    let key = format!("risk|{}|{}|{:?}|{supplier}", q.mineral, q.importer, q.year);
    cached(&app, key, move |l| crate::analysis::risk(&l.dataset, &q.mineral, &q.importer, q.year, &supplier)).await
}

/// The bundled scenarios: name (file stem) and TOML text.
fn bundled_scenarios(app: &App) -> Vec<(String, String)> {
    let Some(dir) = &app.scenarios_dir else { return vec![] };
    let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let p = e.path();
            (p.extension()? == "toml").then_some(())?;
            Some((p.file_stem()?.to_string_lossy().into_owned(), std::fs::read_to_string(&p).ok()?))
        })
        .collect();
    out.sort();
    out
}

async fn scenarios(State(app): State<AppState>, _c: Caller) -> Json<Value> {
    Json(Value::Array(
        bundled_scenarios(&app).into_iter().map(|(name, text)| json!({"name": name, "text": text})).collect(),
    ))
}

#[derive(Debug, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
struct StressIn {
    /// A bundled scenario's name.
    scenario: Option<String>,
    /// A scenario's TOML text.
    text: Option<String>,
    #[serde(default)]
    runs: usize,
    #[serde(default = "default_seed")]
    seed: u64,
}

fn default_seed() -> u64 {
    42
}

/// The scenario a request names or gives: (name, text).
fn scenario_of(app: &App, name: Option<&str>, text: Option<&str>) -> Result<(String, String), ApiError> {
    match (name, text) {
        (Some(_), Some(_)) => {
            Err(ApiError::unprocessable("invalid_request", "give either scenario (a name) or text, not both"))
        }
        (None, None) => {
            Err(ApiError::unprocessable("invalid_request", "give scenario (a bundled scenario's name) or text (TOML)"))
        }
        (None, Some(t)) => Ok(("scenario".into(), t.to_string())),
        (Some(n), None) => {
            let all = bundled_scenarios(app);
            all.iter().find(|(k, _)| k == n).cloned().ok_or_else(|| {
                ApiError::unprocessable(
                    "unknown_scenario",
                    format!(
                        "no bundled scenario '{n}'; known: {}",
                        all.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>().join(", ")
                    ),
                )
            })
        }
    }
}

async fn stress(
    State(app): State<AppState>,
    caller: Caller,
    ApiJson(req): ApiJson<StressIn>,
) -> Result<Response, ApiError> {
    let (name, text) = scenario_of(&app, req.scenario.as_deref(), req.text.as_deref())?;
    let loaded = app.loaded.clone();
    let (runs, seed) = (req.runs, req.seed);
    let value = tokio::task::spawn_blocking(move || crate::analysis::stress(&loaded.dataset, &text, &name, runs, seed))
        .await
        .map_err(|e| ApiError::internal(format!("stress test failed: {e}")))?
        .map_err(|m| ApiError::unprocessable("invalid_scenario", m))?;
    let content = serde_json::to_vec(&req).map_err(|e| ApiError::internal(e.to_string()))?;
    let (_guard, mut tx) = app.store.write().await?;
    store::append_audit(&mut tx, &caller.actor(), "analysis.stress", "stress", &content).await?;
    tx.commit().await.map_err(|e| ApiError::internal(e.to_string()))?;
    Ok(Json(value).into_response())
}

// ---------- declarations ----------

/// May the caller see this version's figures?
fn can_read(caller: &Caller, row: &DeclarationRow) -> bool {
    caller.is(Role::Coordinator)
        || caller.member_country() == Some(row.country.as_str())
        || (row.visibility == "public" && row.status == "active")
}

/// May the caller change this declaration?
fn can_write(caller: &Caller, row: &DeclarationRow) -> bool {
    caller.is(Role::Coordinator) || caller.member_country() == Some(row.country.as_str())
}

fn view(row: &DeclarationRow) -> Value {
    let entry: Value = serde_json::from_str(&row.body).unwrap_or(Value::Null);
    json!({"id": row.id, "version": row.version, "kind": row.kind, "status": row.status, "visibility": row.visibility,
           "country": row.country, "mineral": row.mineral, "tonnes": row.tonnes, "entry": entry,
           "created_at": row.created_at, "created_by": row.created_by})
}

/// Checks a submitted declaration and who may make it; returns the version to store.
fn checked_version(app: &App, caller: &Caller, d: &DeclarationIn, status: &str) -> Result<NewVersion, ApiError> {
    if caller.is(Role::Observer) {
        return Err(ApiError::forbidden("observers cannot declare"));
    }
    let c = decl::check(&app.loaded.dataset, d.kind, &d.entry)
        .map_err(|m| ApiError::unprocessable("invalid_declaration", m))?;
    if let Some(own) = caller.member_country()
        && own != c.country
    {
        return Err(ApiError::forbidden(format!(
            "a member declares only for its own country ({own}); this entry is for {}",
            c.country
        )));
    }
    if caller.is(Role::Member) && caller.member_country().is_none() {
        return Err(ApiError::forbidden("this member has no country: ask an administrator"));
    }
    Ok(NewVersion {
        owner_id: caller.0.id,
        kind: d.kind.as_str().into(),
        status: status.into(),
        visibility: d.visibility.as_str().into(),
        country: c.country,
        mineral: c.mineral,
        tonnes: c.tonnes,
        body: Value::Object(d.entry.clone()).to_string(),
        created_by: caller.0.id,
    })
}

async fn list_declarations(State(app): State<AppState>, caller: Caller) -> Result<Json<Value>, ApiError> {
    let rows = app.store.latest_declarations().await?;
    let visible: Vec<Value> = rows
        .iter()
        .filter(|r| can_read(&caller, r) && (r.status == "active" || can_write(&caller, r)))
        .map(view)
        .collect();
    Ok(Json(Value::Array(visible)))
}

async fn create_declaration(
    State(app): State<AppState>,
    caller: Caller,
    ApiJson(d): ApiJson<DeclarationIn>,
) -> Result<Response, ApiError> {
    let v = checked_version(&app, &caller, &d, "active")?;
    let (_guard, mut tx) = app.store.write().await?;
    let row = store::insert_declaration(&mut tx, None, &v).await?;
    let target = format!("declaration/{}/{}", row.id, row.version);
    store::append_audit(&mut tx, &caller.actor(), "declaration.create", &target, row.body.as_bytes()).await?;
    tx.commit().await.map_err(|e| ApiError::internal(e.to_string()))?;
    Ok((StatusCode::CREATED, Json(view(&row))).into_response())
}

/// The latest version, if the caller may see it (otherwise "not found": existence is not leaked).
async fn latest_visible(app: &App, caller: &Caller, id: i64) -> Result<DeclarationRow, ApiError> {
    let versions = app.store.declaration_versions(id).await?;
    versions
        .into_iter()
        .next_back()
        .filter(|r| can_read(caller, r))
        .ok_or_else(|| ApiError::not_found(format!("declaration {id} not found")))
}

async fn get_declaration(
    State(app): State<AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Value>, ApiError> {
    Ok(Json(view(&latest_visible(&app, &caller, id).await?)))
}

async fn declaration_history(
    State(app): State<AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Value>, ApiError> {
    let versions = app.store.declaration_versions(id).await?;
    let visible: Vec<Value> = versions.iter().filter(|r| can_read(&caller, r)).map(view).collect();
    if visible.is_empty() {
        return Err(ApiError::not_found(format!("declaration {id} not found")));
    }
    Ok(Json(Value::Array(visible)))
}

async fn change(app: &App, caller: &Caller, id: i64, d: Option<DeclarationIn>) -> Result<Response, ApiError> {
    let current = latest_visible(app, caller, id).await?;
    if !can_write(caller, &current) {
        return Err(ApiError::forbidden(format!(
            "declaration {id} belongs to {}; only its country or a coordinator may change it",
            current.country
        )));
    }
    let (v, action) = match d {
        Some(d) => {
            if d.kind.as_str() != current.kind {
                return Err(ApiError::unprocessable(
                    "invalid_declaration",
                    format!("kind: declaration {id} is a {}; it cannot become a {}", current.kind, d.kind.as_str()),
                ));
            }
            let v = checked_version(app, caller, &d, "active")?;
            if v.country != current.country {
                return Err(ApiError::unprocessable(
                    "invalid_declaration",
                    format!("declaration {id} is {}'s; a new version cannot move it to {}", current.country, v.country),
                ));
            }
            (v, "declaration.update")
        }
        None => {
            if current.status == "withdrawn" {
                return Err(ApiError::new(
                    StatusCode::CONFLICT,
                    "conflict",
                    format!("declaration {id} is withdrawn already"),
                ));
            }
            let v = NewVersion {
                owner_id: current.owner_id,
                kind: current.kind.clone(),
                status: "withdrawn".into(),
                visibility: current.visibility.clone(),
                country: current.country.clone(),
                mineral: current.mineral.clone(),
                tonnes: current.tonnes,
                body: current.body.clone(),
                created_by: caller.0.id,
            };
            (v, "declaration.withdraw")
        }
    };
    let (_guard, mut tx) = app.store.write().await?;
    let row = store::insert_declaration(&mut tx, Some(id), &v).await?;
    let target = format!("declaration/{}/{}", row.id, row.version);
    store::append_audit(&mut tx, &caller.actor(), action, &target, row.body.as_bytes()).await?;
    tx.commit().await.map_err(|e| ApiError::internal(e.to_string()))?;
    Ok(Json(view(&row)).into_response())
}

async fn update_declaration(
    State(app): State<AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
    ApiJson(d): ApiJson<DeclarationIn>,
) -> Result<Response, ApiError> {
    change(&app, &caller, id, Some(d)).await
}

async fn withdraw_declaration(
    State(app): State<AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
) -> Result<Response, ApiError> {
    change(&app, &caller, id, None).await
}

/// Totals of `aggregate` declarations per kind and mineral, shown only over at least
/// [`MIN_HOLDERS`] distinct holders.
pub fn aggregate_totals(rows: &[DeclarationRow]) -> Value {
    let mut groups: std::collections::BTreeMap<(String, String), Vec<&DeclarationRow>> = Default::default();
    for r in rows.iter().filter(|r| r.status == "active" && r.visibility == "aggregate") {
        groups.entry((r.kind.clone(), r.mineral.clone())).or_default().push(r);
    }
    Value::Array(
        groups
            .into_iter()
            .map(|((kind, mineral), rs)| {
                let mut holders: Vec<&str> = rs.iter().map(|r| r.country.as_str()).collect();
                holders.sort();
                holders.dedup();
                if holders.len() >= MIN_HOLDERS {
                    json!({"kind": kind, "mineral": mineral, "holders": holders.len(), "total_t": rs.iter().map(|r| r.tonnes).sum::<f64>()})
                } else {
                    json!({"kind": kind, "mineral": mineral, "withheld": true,
                           "reason": format!("fewer than {MIN_HOLDERS} holders declared; the total would reveal a single holder's figure")})
                }
            })
            .collect(),
    )
}

async fn aggregates(State(app): State<AppState>, _c: Caller) -> Result<Json<Value>, ApiError> {
    Ok(Json(aggregate_totals(&app.store.latest_declarations().await?)))
}

// ---------- plans ----------

#[derive(Debug, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
struct PlanIn {
    /// TOML with `[[agreement]]`, `[lead_times]` and `[[lead_time]]` entries (docs/respond.md).
    #[serde(default)]
    agreements: String,
    /// A bundled scenario whose shortfalls are needs.
    scenario: Option<String>,
    /// Or a scenario's TOML text.
    scenario_text: Option<String>,
}

async fn create_plan(
    State(app): State<AppState>,
    caller: Caller,
    ApiJson(req): ApiJson<PlanIn>,
) -> Result<Response, ApiError> {
    if !caller.is(Role::Coordinator) {
        return Err(ApiError::forbidden("only coordinators run the response plan"));
    }
    let scenario = match (&req.scenario, &req.scenario_text) {
        (None, None) => None,
        (n, t) => Some(scenario_of(&app, n.as_deref(), t.as_deref())?),
    };
    let rows = app.store.latest_declarations().await?;
    let mut text = req.agreements.clone();
    text.push('\n');
    for r in rows.iter().filter(|r| r.status == "active") {
        let entry: serde_json::Map<String, Value> =
            serde_json::from_str(&r.body).map_err(|e| ApiError::internal(format!("declaration {}: {e}", r.id)))?;
        let kind = if r.kind == "need" { Kind::Need } else { Kind::Stockpile };
        text.push_str(&decl::entry_toml(kind, &entry).map_err(ApiError::internal)?);
    }
    let result = run_plan(&app, text, scenario).await?;
    let request = serde_json::to_string(&req).map_err(|e| ApiError::internal(e.to_string()))?;
    let result_text = result.to_string();
    let (_guard, mut tx) = app.store.write().await?;
    let row = store::insert_plan(&mut tx, caller.0.id, &request, &result_text).await?;
    store::append_audit(&mut tx, &caller.actor(), "analysis.plan", &format!("plan/{}", row.id), result_text.as_bytes())
        .await?;
    tx.commit().await.map_err(|e| ApiError::internal(e.to_string()))?;
    Ok((StatusCode::CREATED, Json(json!({"id": row.id, "created_at": row.created_at, "result": result})))
        .into_response())
}

#[cfg(feature = "solver")]
async fn run_plan(app: &App, text: String, scenario: Option<(String, String)>) -> Result<Value, ApiError> {
    let loaded = app.loaded.clone();
    tokio::task::spawn_blocking(move || {
        crate::plan::respond(&loaded, &text, scenario.as_ref().map(|(n, t)| (n.as_str(), t.as_str())))
    })
    .await
    .map_err(|e| ApiError::internal(format!("plan failed: {e}")))?
    .map_err(|m| ApiError::unprocessable("invalid_plan", m))
}

#[cfg(not(feature = "solver"))]
async fn run_plan(_app: &App, _text: String, _scenario: Option<(String, String)>) -> Result<Value, ApiError> {
    Err(ApiError::new(StatusCode::NOT_IMPLEMENTED, "no_solver", "this server was built without the solver feature"))
}

async fn list_plans(State(app): State<AppState>, caller: Caller) -> Result<Json<Value>, ApiError> {
    if caller.is(Role::Observer) {
        return Err(ApiError::forbidden("observers do not see response plans"));
    }
    let plans = app.store.plans().await?;
    Ok(Json(Value::Array(
        plans.iter().map(|p| json!({"id": p.id, "created_at": p.created_at, "created_by": p.created_by})).collect(),
    )))
}

async fn get_plan(
    State(app): State<AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Value>, ApiError> {
    if caller.is(Role::Observer) {
        return Err(ApiError::forbidden("observers do not see response plans"));
    }
    let p = app.store.plan(id).await?.ok_or_else(|| ApiError::not_found(format!("plan {id} not found")))?;
    let result: Value = serde_json::from_str(&p.result).map_err(|e| ApiError::internal(e.to_string()))?;
    let shown = match caller.member_country() {
        Some(c) => crate::plan::member_view(&result, c),
        None if caller.is(Role::Coordinator) => result,
        None => return Err(ApiError::forbidden("this member has no country: ask an administrator")),
    };
    Ok(Json(json!({"id": p.id, "created_at": p.created_at, "result": shown})))
}

async fn audit(State(app): State<AppState>, caller: Caller) -> Result<Json<Value>, ApiError> {
    if !caller.is(Role::Coordinator) {
        return Err(ApiError::forbidden("only coordinators read the audit log"));
    }
    let entries = app.store.audit_entries().await?;
    let verified = crate::audit::verify_chain(&entries);
    Ok(Json(json!({
        "entries": entries,
        "chain": match verified { Ok(n) => json!({"ok": true, "entries": n}), Err(b) => json!({"ok": false, "first_bad": b.seq, "reason": b.reason}) },
    })))
}

// ---------- dashboard files ----------

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next() {
        Some("html") => "text/html; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        _ => "application/octet-stream",
    }
}

fn serve_file(base: Option<&PathBuf>, rel: &str) -> Result<Response, ApiError> {
    let base = base.ok_or_else(|| ApiError::not_found("the dashboard files (web/) were not found: pass --web DIR"))?;
    if rel.split('/').any(|seg| seg == ".." || seg.starts_with('.')) || rel.contains('\\') {
        return Err(ApiError::not_found(format!("no such file: {rel}")));
    }
    let path = base.join(rel);
    let bytes = std::fs::read(&path).map_err(|_| ApiError::not_found(format!("no such file: {rel}")))?;
    let mut r = Response::new(axum::body::Body::from(bytes));
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type(rel)));
    Ok(r)
}

async fn web_index(State(app): State<AppState>) -> Result<Response, ApiError> {
    serve_file(app.web_dir.as_ref(), "index.html")
}

async fn web_file(State(app): State<AppState>, ApiPath(path): ApiPath<String>) -> Result<Response, ApiError> {
    if path.starts_with("node_modules") || path.starts_with("tests") {
        return Err(ApiError::not_found(format!("no such file: {path}")));
    }
    serve_file(app.web_dir.as_ref(), &path)
}

async fn echarts(State(app): State<AppState>) -> Result<Response, ApiError> {
    serve_file(app.web_dir.as_ref(), "node_modules/echarts/dist/echarts.min.js")
        .map_err(|_| ApiError::not_found("echarts is not installed: run scripts/web-setup (npm ci in web/)"))
}
