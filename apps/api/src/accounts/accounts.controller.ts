import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccountsService, type Principal } from '@ttm/accounts';
import { DomainError } from '@ttm/common';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators.ts';
import { PageQueryDto, pageOf } from '../common/page.dto.ts';
import { UuidParam } from '../common/uuid-param.ts';
import {
  CreateOrganizationDto,
  CreateUserDto,
  OrganizationPageDto,
  OrganizationResponseDto,
  toOrganizationResponse,
  toUserResponse,
  UserResponseDto,
} from './dto/accounts.dto.ts';

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly accounts: AccountsService) {}

  @Get()
  @ApiOkResponse({ type: OrganizationPageDto })
  async list(@Query() query: PageQueryDto): Promise<OrganizationPageDto> {
    const [rows, total] = await this.accounts.listOrganizations(query.toPage());
    return pageOf(rows.map(toOrganizationResponse), total, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: OrganizationResponseDto })
  async get(@UuidParam() id: string): Promise<OrganizationResponseDto> {
    return toOrganizationResponse(await this.accounts.getOrganization(id));
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Admins: register an organisation' })
  @ApiCreatedResponse({ type: OrganizationResponseDto })
  async create(@Body() body: CreateOrganizationDto): Promise<OrganizationResponseDto> {
    return toOrganizationResponse(await this.accounts.createOrganization(body));
  }
}

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly accounts: AccountsService) {}

  @Get('me')
  @ApiOkResponse({ type: UserResponseDto })
  async me(@CurrentPrincipal() principal: Principal): Promise<UserResponseDto> {
    return toUserResponse(await this.accounts.getUser(principal.userId));
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Admins: create a user (members need an organisation)' })
  @ApiCreatedResponse({ type: UserResponseDto })
  async create(@Body() body: CreateUserDto): Promise<UserResponseDto> {
    if (body.role === 'member' && !body.organizationId) {
      throw new DomainError('invalid', 'validation_failed', 'Members belong to an organisation', [
        { path: 'organizationId', code: 'required', message: 'required for role member' },
      ]);
    }
    return toUserResponse(await this.accounts.createUser({ ...body, organizationId: body.organizationId ?? null }));
  }
}
